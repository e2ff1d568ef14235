// Any draft on the list can be exported without opening it (issue 28): the
// file is the draft as saved, and the open draft stays open.
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures/studio-page';
import { keepTwoDrafts } from './fixtures/drafts';

test('a draft on the list is exported without opening it', async ({ studio, page }, testInfo) => {
  const openHeadline = await keepTwoDrafts(studio);

  await page.locator('.studio-start__summary').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export the draft “Geneva talks resume”' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('geneva-talks-resume.json');
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  expect(JSON.parse(await readFile(file, 'utf8')).article.headline).toBe('Geneva talks resume');
  await expect(studio.message()).toContainText('Exported the draft “Geneva talks resume”');
  await expect(page.getByLabel('Headline')).toHaveValue(openHeadline);
});
