// A quote card works from the keyboard alone: Tab reaches its toggle from the
// start of the page, Enter expands it, Space collapses it, and the focused
// toggle shows a visible focus indicator.
import { QUOTE_IDS } from './fixtures/content';
import { expect, test } from './fixtures/explainer-page';

test('Tab reaches a card toggle, Enter expands, Space collapses, focus is visible', async ({ explainer, page }) => {
  await explainer.goto();
  const first = explainer.quotes.card(QUOTE_IDS[0]);

  // Keyboard only, from the start of the page: the tab list, the order switch,
  // expand/collapse all, then the first card.
  const presses = await explainer.tabTo(first.toggle());
  expect(presses, 'Tab presses from page start to the first card').toBeLessThanOrEqual(8);
  await expect(first.toggle()).toBeFocused();
  expect(await explainer.activeElementOutlineStyle(), 'the focused toggle has a visible outline').not.toBe('none');

  await page.keyboard.press('Enter');
  await first.expectExpanded();
  await expect(first.toggle()).toBeFocused();
  expect(await explainer.activeElementOutlineStyle(), 'focus stays visible after Enter').not.toBe('none');

  await page.keyboard.press('Space');
  await first.expectCollapsed();
  await expect(first.toggle()).toBeFocused();

  // Tab moves on to the next card's toggle, with its own visible focus.
  await page.keyboard.press('Tab');
  const second = explainer.quotes.card(QUOTE_IDS[1]);
  await expect(second.toggle()).toBeFocused();
  expect(await explainer.activeElementOutlineStyle()).not.toBe('none');
  await page.keyboard.press('Space');
  await second.expectExpanded();
  await page.keyboard.press('Enter');
  await second.expectCollapsed();

  explainer.expectNoErrors();
});
