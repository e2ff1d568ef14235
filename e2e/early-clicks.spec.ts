// A reader does not wait for the Wasm: the pre-rendered quote cards and tracker
// histories are <details> that open on a click while it downloads. When the
// widget goes live it keeps them open, and keyboard focus moves from the
// <summary> to the button that replaces it.
import { expect, test } from './fixtures/explainer-page';
import { CONTENT as content } from './fixtures/content';

test('cards opened before the widget is live stay open once it is', async ({ explainer, page }) => {
  const release = await explainer.holdWasm();
  await page.goto('/');
  const first = explainer.quotes.card(content.quotes[0].id);
  const last = explainer.quotes.card(content.quotes.at(-1)!.id);
  const deal = explainer.tracker.item(content.tracker[0].id);

  // Readable and usable with no Wasm yet: a click opens the card.
  await first.summary().click();
  await expect(first.details()).toBeVisible();
  await deal.historySummary().click();
  await expect(deal.history()).toBeVisible();
  // The last card is opened from the keyboard and keeps focus.
  await last.summary().focus();
  await page.keyboard.press('Enter');
  await expect(last.details()).toBeVisible();
  await expect(page.locator('.explainer.is-live')).toHaveCount(0);

  release();
  await explainer.waitUntilLive();
  await expect(first.toggle()).toHaveAttribute('aria-expanded', 'true');
  await expect(first.details()).toBeVisible();
  await expect(last.toggle()).toHaveAttribute('aria-expanded', 'true');
  await expect(last.toggle()).toBeFocused();
  // Cards nobody opened stay closed.
  await expect(explainer.quotes.expandedToggles()).toHaveCount(2);
  await explainer.showView('tracker');
  await expect(deal.historyToggle()).toHaveAttribute('aria-expanded', 'true');
  await expect(deal.history()).toBeVisible();
  explainer.expectNoErrors();
});

test('keyboard focus on a tracker history opened before the widget is live moves to its button', async ({
  explainer,
  page,
}) => {
  const release = await explainer.holdWasm();
  await page.goto('/');
  const deal = explainer.tracker.item(content.tracker.at(-1)!.id);
  await deal.historySummary().focus();
  await page.keyboard.press('Enter');
  await expect(deal.history()).toBeVisible();
  await expect(deal.historySummary()).toBeFocused();
  await expect(page.locator('.explainer.is-live')).toHaveCount(0);

  release();
  await explainer.waitUntilLive();
  // The live widget shows one view at a time: the tracker, where the reader was.
  await expect(explainer.tab('tracker')).toHaveAttribute('aria-selected', 'true');
  await expect(deal.historyToggle()).toHaveAttribute('aria-expanded', 'true');
  await expect(deal.historyToggle()).toBeFocused();
  await expect(deal.history()).toBeVisible();
  explainer.expectNoErrors();
});
