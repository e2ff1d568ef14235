// The Studio drafts an explainer from pasted text: the article's text with its
// heading, a quote for every quoted passage, and a live preview of the widget.
import { ARTICLE, DRAFTED_QUOTES, expect, test } from './fixtures/studio-page';

test('pasting an article drafts an explainer and previews it', async ({ studio, page }) => {
  await studio.goto();
  await studio.draftFrom(ARTICLE);

  await expect(studio.message()).toContainText(`${DRAFTED_QUOTES} quotes`);
  await expect(studio.articleText().getByRole('heading', { name: 'Talks Resume' })).toBeVisible();
  await expect(page.locator('.studio-quote')).toHaveCount(DRAFTED_QUOTES);
  // Every drafted quote is anchored; the one whose words occur twice has a prefix.
  await expect(page.locator('.studio-anchor--ok')).toHaveCount(DRAFTED_QUOTES);
  await expect(page.locator('.studio-anchor--error')).toHaveCount(0);
  // TODOs are warnings, not errors: the draft previews at once.
  await expect(studio.problemCount()).toHaveAttribute('data-errors', '0');
  await expect(studio.preview().locator('.quote-card')).toHaveCount(DRAFTED_QUOTES);
  await expect(studio.preview()).toContainText('Ми повернемося.');

  // The preview switches to a phone's width and to dark, and keeps up with edits.
  await page.getByRole('button', { name: 'Phone' }).click();
  await page.getByRole('button', { name: 'Dark' }).click();
  const frame = page.locator('.studio-preview__frame');
  await expect(frame).toHaveAttribute('data-theme', 'dark');
  expect((await frame.boundingBox())?.width).toBeLessThanOrEqual(375);
  await page.getByLabel('Headline').fill('Geneva talks resume');
  await expect(studio.preview().getByRole('heading', { name: 'Geneva talks resume' })).toBeVisible();
});
