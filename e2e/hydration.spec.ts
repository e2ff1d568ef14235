// The Wasm hydrates the pre-rendered markup: it adopts the elements that are
// there instead of drawing them again, logs no error and duplicates nothing.
import { expect, test } from './fixtures/explainer-page';
import { CONTENT as content } from './fixtures/content';

test('hydration adopts the served markup without errors or duplicates', async ({ explainer, page }) => {
  // Keep hold of elements from the served markup, before any script runs.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const w = window as unknown as Record<string, unknown>;
      w.__servedCard = document.getElementById('quote-long-overdue');
      w.__servedHeadline = document.querySelector('#explainer h1');
    });
  });
  await page.goto('/');
  await explainer.waitUntilLive();

  const adopted = await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    return {
      card: w.__servedCard === document.getElementById('quote-long-overdue'),
      headline: w.__servedHeadline === document.querySelector('#explainer h1'),
    };
  });
  expect(adopted).toEqual({ card: true, headline: true });
  await expect(page.locator('#explainer > .explainer')).toHaveCount(1);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(explainer.quoteCards()).toHaveCount(content.quotes.length);
  await expect(page.locator('li.deal-item')).toHaveCount(content.tracker.length);
  // Live: the cards are ARIA disclosure buttons now, and the tabs are there.
  await expect(page.locator('button.quote-card__toggle[aria-expanded="false"]')).toHaveCount(content.quotes.length);
  await expect(page.getByRole('tab')).toHaveCount(3);
  explainer.expectNoErrors();
});
