// Any draft on the list can be exported without opening it (issue 28): the
// file is the draft as saved, and the open draft stays open.
import { readFile } from 'node:fs/promises';
import { ARTICLE, expect, test } from './fixtures/studio-page';

test('a draft on the list is exported without opening it', async ({ studio, page }, testInfo) => {
  await studio.goto();
  await studio.draftFrom(ARTICLE);
  await page.getByLabel('Headline').fill('Geneva talks resume');
  await page.getByRole('button', { name: 'New explainer' }).click();
  await page.getByRole('button', { name: 'Open the default explainer' }).click();
  const openHeadline = await page.getByLabel('Headline').inputValue();

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
