// One damaged entry of the drafts list does not empty it (issue 28): the entry
// is left out, the others are listed, and a draft the list lost but the
// browser still holds is put back on it.
import { expect, test } from './fixtures/studio-page';
import { keepTwoDrafts } from './fixtures/drafts';

test('a damaged drafts-list entry is skipped and the other drafts kept', async ({ studio, page }) => {
  const openHeadline = await keepTwoDrafts(studio);
  await expect(page.locator('.studio-drafts__draft')).toHaveCount(2);

  // The list's first entry damaged, and the second taken off it altogether.
  await page.evaluate(() => {
    const key = 'news-explainer-studio/drafts';
    const shelf = JSON.parse(localStorage.getItem(key) ?? '{}');
    shelf.drafts = [{ id: 42, headline: null }, shelf.drafts[0]];
    localStorage.setItem(key, JSON.stringify(shelf));
  });
  await page.reload();
  await expect(page.getByLabel('Headline')).toHaveValue(openHeadline);
  await page.locator('.studio-start__summary').click();
  await expect(page.locator('.studio-drafts__draft')).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Open the draft “Geneva talks resume”' })).toBeVisible();
  await expect(page.locator('.studio-drafts__draft').nth(1)).toContainText('time of saving lost');
});
