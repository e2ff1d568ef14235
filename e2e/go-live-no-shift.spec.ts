// Going live moves nothing below the tab row: while the Wasm loads, the
// pre-rendered page keeps the room the live tab row and toolbar take (style.css,
// "Before (or without) the Wasm"), so a reader's tap aimed at a card as the
// widget goes live lands on that card, and the page does not jump. Measured at
// each project's width: the first card and its toggle, held before the Wasm
// runs, then live.
import { CONTENT as content } from './fixtures/content';
import { expect, test } from './fixtures/explainer-page';

/** Where the first card and its toggle are drawn, in CSS pixels from the page's top. */
async function firstCardBoxes(explainer: { quoteCard(id: string): import('@playwright/test').Locator }) {
  const card = explainer.quoteCard(content.quotes[0].id);
  const top = async (locator: import('@playwright/test').Locator) => (await locator.boundingBox())!.y;
  return { card: await top(card), toggle: await top(card.locator('.quote-card__toggle')) };
}

test('the first quote card stays where it was drawn when the widget goes live', async ({ explainer, page }) => {
  const release = await explainer.holdWasm();
  await page.goto('/');
  await expect(explainer.quoteCard(content.quotes[0].id)).toBeVisible();
  // The controls are laid out, but neither seen nor reachable before the Wasm runs.
  await expect(page.locator('#explainer .toolbar')).toBeHidden();
  const before = await firstCardBoxes(explainer);
  release();
  await explainer.waitUntilLive();
  await expect(page.locator('#explainer .toolbar')).toBeVisible();
  expect(await firstCardBoxes(explainer)).toEqual(before);
});
