// While the draft has errors, the Studio's live preview keeps showing the last
// draft without errors and says so (README "Making an explainer: the Studio");
// once the error is fixed it follows the draft again.
import { ARTICLE, expect, test } from './fixtures/studio-page';

test('with an error in the draft, the preview shows the last draft without, and says so', async ({ studio, page }) => {
  await studio.goto();
  await studio.draftFrom(ARTICLE);
  await page.getByLabel('Headline').fill('Geneva talks resume');
  const preview = studio.preview();
  await expect(preview.getByRole('heading', { name: 'Geneva talks resume' })).toBeVisible();
  const stale = page.locator('.studio-preview__stale');
  await expect(stale).toHaveCount(0);

  // A misquote: words the article does not hold.
  const quote = page.locator('.studio-quote').first();
  const id = await quote.getAttribute('data-quote');
  const words = await quote.getByLabel('Words').inputValue();
  await quote.getByLabel('Words').fill('words nobody said');
  await expect(studio.problemCount()).not.toHaveAttribute('data-errors', '0');
  await expect(stale).toHaveText(/The draft has 1 error: the preview shows the last draft without\./);
  // The last draft without errors: its words, not the misquote; later edits wait.
  await expect(preview.locator(`#quote-${id} .quote-card__text`)).toContainText(words.trim().slice(0, 12));
  await expect(preview.getByText('words nobody said')).toHaveCount(0);
  await page.getByLabel('Headline').fill('Geneva talks go on');
  await expect(preview.getByRole('heading', { name: 'Geneva talks resume' })).toBeVisible();

  await quote.getByLabel('Words').fill(words);
  await expect(stale).toHaveCount(0);
  await expect(preview.getByRole('heading', { name: 'Geneva talks go on' })).toBeVisible();
});
