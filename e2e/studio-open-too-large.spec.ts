// A file larger than `explainer check` reads is not opened (issue #32: a 17 MB
// file opened as "ready to export" though the check refuses it). The Studio
// applies the check's own size limit, says why in the check's words, and the
// draft that was open stays open, unchanged, and alone on the drafts list.
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures/studio-page';

/** The check's limit (README "Limits", `MAX_CONTENT_BYTES`). */
const LIMIT = 16_000_000;

test('a file over the content size limit is not opened and the open draft is kept', async ({ studio, page }) => {
  await studio.goto();
  await page.getByRole('button', { name: 'Open the default explainer' }).click();
  const headline = await page.getByLabel('Headline').inputValue();

  // A valid explainer, made larger than the limit by white space alone.
  const valid = await readFile('content/anchorage-summit.json', 'utf8');
  const padded = valid + ' '.repeat(LIMIT + 1 - Buffer.byteLength(valid));
  await page.getByLabel('Open an explainer file (.json)').setInputFiles({
    name: 'too-large.json',
    mimeType: 'application/json',
    buffer: Buffer.from(padded),
  });

  await expect(studio.message()).toContainText('The file was not opened.');
  await expect(studio.message()).toContainText('16');
  await expect(page.getByLabel('Headline')).toHaveValue(headline);
  await expect(studio.problemCount()).toHaveText('No problems: ready to export.');
  await page.locator('.studio-start__summary').click();
  await expect(page.locator('.studio-drafts__draft')).toHaveCount(1);
});
