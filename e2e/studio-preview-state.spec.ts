// The live preview keeps the reader's place: a quote card opened in it stays
// open, and its scroll stays where it was, while the journalist types in the
// editor (the widget is drawn again from each change, not mounted afresh).
import { expect, test } from './fixtures/studio-page';

test('typing in the editor keeps the preview’s open card and scroll', async ({ studio, page }) => {
  await studio.goto();
  await page.getByRole('button', { name: 'Open the default explainer' }).click();
  const preview = studio.preview();
  const card = preview.locator('.quote-list > li[data-quote]').nth(2);
  const quoteId = await card.getAttribute('data-quote');
  await card.getByRole('button').first().click();
  await expect(card.locator('.quote-card__details')).toBeVisible();

  // At desktop width the preview scrolls on its own, below the problems: scroll
  // it a little. (On a phone it is part of the page, which scrolls to the field
  // being typed in.)
  const side = page.locator('.studio__side .studio-preview');
  const ownScroll = await side.evaluate((element) => element.scrollHeight > element.clientHeight + 200);
  if (ownScroll) await side.evaluate((element) => element.scrollBy(0, 200));
  const scrolled = await side.evaluate((element) => element.scrollTop);
  expect(scrolled > 0).toBe(ownScroll);

  const context = page.locator(`.studio-quote[data-quote="${quoteId}"]`).getByLabel('Context');
  await context.fill('A new context, typed while the card is open.');
  await expect(card.locator('.quote-card__details')).toContainText('A new context, typed while the card is open.');
  await expect(card.locator('.quote-card__details')).toBeVisible();
  expect(await side.evaluate((element) => element.scrollTop)).toBe(scrolled);
});
