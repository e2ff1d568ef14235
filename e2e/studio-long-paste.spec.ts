// A long paste never freezes the tab (issue 28): a 1 MB article is drafted in
// slices, with its progress shown and Cancel, and a click sent while it works
// (through the browser's input pipeline, not waiting for the page to be idle)
// is handled within 200 ms by the page's own clock. The preview of a draft that
// long waits to be asked for.
import { expect, test } from './fixtures/studio-page';
import { answeredClicks, longArticle, pasteAndDraft, recordClicks } from './fixtures/long-article';

test('a 1 MB paste shows its progress and a click is answered while it drafts', async ({ studio, page }) => {
  test.setTimeout(180_000);
  await studio.goto();
  await recordClicks(page);
  await pasteAndDraft(page, longArticle(1000));

  const progress = page.getByRole('progressbar', { name: 'Drafting the pasted article' });
  await expect(progress).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cancel drafting' })).toBeVisible();
  // The start panel's summary, clicked where it is now drawn.
  const summary = await page.locator('.studio-start__summary').boundingBox();
  if (!summary) throw new Error('the start panel has no summary on screen');
  await page.mouse.click(summary.x + 20, summary.y + summary.height / 2);
  await expect.poll(async () => (await answeredClicks(page)).length).toBe(1);
  const [click] = await answeredClicks(page);
  expect(click.whileDrafting, 'the click came after drafting had ended').toBe(true);
  expect(click.waited).toBeLessThan(200);

  await expect(studio.message()).toContainText('Drafted from the article', { timeout: 120_000 });
  await expect(progress).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Draw the preview' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Show 100 more quotes$/ })).toBeVisible();
});
