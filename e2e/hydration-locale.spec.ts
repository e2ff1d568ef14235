// A Russian explainer built by the command-line tool is pre-rendered in
// Russian, the locale the widget picks for it: the Wasm adopts that markup
// (no hydration mismatch), logs no error and duplicates nothing.
import { CLI_TIMEOUT_MS } from './fixtures/explainer-cli';
import { russianSite, serveSite } from './fixtures/built-site';
import { expect, test } from './fixtures/explainer-page';
import { localeTexts, RUSSIAN_EXPLAINER } from './fixtures/locales';

test('a Russian pre-rendered page is hydrated in Russian', async ({ explainer, page }) => {
  test.setTimeout(CLI_TIMEOUT_MS + 60_000);
  const site = await russianSite();
  await serveSite(page, site, '/built-ru/');
  // Keep hold of elements from the served markup, before any script runs.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const w = window as unknown as Record<string, unknown>;
      w.__servedCard = document.getElementById('quote-open-by-autumn');
      w.__servedKicker = document.querySelector('#explainer .explainer__kicker');
      w.__servedKickerText = (w.__servedKicker as Element | null)?.textContent;
    });
  });
  await page.goto('/built-ru/');
  await explainer.waitUntilLive();

  const ru = localeTexts('ru');
  const served = await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    return {
      card: w.__servedCard === document.getElementById('quote-open-by-autumn'),
      kicker: w.__servedKicker === document.querySelector('#explainer .explainer__kicker'),
      kickerText: w.__servedKickerText,
    };
  });
  expect(served).toEqual({ card: true, kicker: true, kickerText: ru.kicker });
  const content = JSON.parse(RUSSIAN_EXPLAINER);
  await expect(page.locator('#explainer > .explainer')).toHaveCount(1);
  await expect(explainer.quoteCards()).toHaveCount(content.quotes.length);
  await expect(explainer.tab('quotes')).toHaveText(ru.tab_quotes);
  explainer.expectNoErrors();
});
