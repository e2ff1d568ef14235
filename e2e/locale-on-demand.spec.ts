// The reader's Wasm carries English alone: a page in another interface
// language gets that language's file (locales/<tag>.json, from the widget's own
// folder) before the widget draws in it, so it never shows English first and
// adopts pre-rendered markup in that language; an English page asks for none.
import { CLI_TIMEOUT_MS } from './fixtures/explainer-cli';
import { russianSite, serveSite } from './fixtures/built-site';
import { test as embedTest } from './fixtures/embed-host';
import { expect, test } from './fixtures/explainer-page';
import {
  localeFileRequests,
  localeTexts,
  recordTabTexts,
  tabTextsSeen,
} from './fixtures/locales';

test('an English page asks for no locale file', async ({ explainer, page }) => {
  const requests = localeFileRequests(page);
  await page.goto('/');
  // A page in another language asks for its file before it draws, so before it
  // is live: once live, an English page has had its chance to ask (no
  // "network idle" wait, which the widget's own later requests make a race).
  await explainer.waitUntilLive();
  await expect(explainer.tab('quotes')).toHaveText(localeTexts('en').tab_quotes);
  expect(await page.locator('link[rel="preload"][href*="locales/"]').count()).toBe(0);
  expect(requests).toEqual([]);
  explainer.expectNoErrors();
});

test('?locale=fr on the default page fetches fr.json once and draws in French only', async ({
  explainer,
  page,
}) => {
  const requests = localeFileRequests(page);
  await recordTabTexts(page);
  // Under the strict policy the page promises (docs/csp.txt): connect-src 'self'.
  await page.goto('/?locale=fr&csp');
  await explainer.waitUntilLive();
  const fr = localeTexts('fr');
  await expect(explainer.tab('quotes')).toHaveText(fr.tab_quotes);
  await expect(explainer.tab('tracker')).toHaveText(fr.tab_tracker);
  await expect(explainer.quotes.expandAllButton(fr.expand_all)).toBeVisible();
  expect(await tabTextsSeen(page)).toEqual([fr.tab_quotes]);
  // French shows, so its file has come; and only once.
  expect(requests).toEqual(['/locales/fr.json']);
  explainer.expectNoErrors();
});

test('a Russian pre-rendered page preloads ru.json, asks for it once and hydrates in Russian', async ({
  explainer,
  page,
}) => {
  test.setTimeout(CLI_TIMEOUT_MS + 60_000);
  const site = await russianSite();
  await serveSite(page, site, '/built-ru-on-demand/');
  const requests = localeFileRequests(page);
  await recordTabTexts(page);
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const w = window as unknown as Record<string, unknown>;
      w.__servedCard = document.getElementById('quote-open-by-autumn');
    });
  });
  await page.goto('/built-ru-on-demand/');
  await expect(page.locator('head link[rel="preload"][href*="locales/"]')).toHaveAttribute('href', 'locales/ru.json');
  await explainer.waitUntilLive();
  const ru = localeTexts('ru');
  await expect(explainer.tab('quotes')).toHaveText(ru.tab_quotes);
  await expect(explainer.tab('source')).toHaveText(ru.tab_source);
  expect(await tabTextsSeen(page)).toEqual([ru.tab_quotes]);
  // Adopted, not drawn again: the card the page was served with is live.
  const adopted = await page.evaluate(
    () =>
      (window as unknown as Record<string, unknown>).__servedCard === document.getElementById('quote-open-by-autumn'),
  );
  expect(adopted).toBe(true);
  expect(requests).toEqual(['/built-ru-on-demand/locales/ru.json']);
  explainer.expectNoErrors();
});

embedTest(
  "embeds fetch their data-locale's file from the widget's folder, not the host page's",
  async ({ host, page }) => {
    const requests = localeFileRequests(page);
    await host.goto('locale.html');
    const inline = host.inline('inline-uk');
    await inline.waitUntilLive();
    await expect(inline.tab('quotes')).toHaveText(localeTexts('uk').tab_quotes);
    const framed = host.framed('framed-fr');
    await framed.waitUntilLive();
    await expect(framed.tab('quotes')).toHaveText(localeTexts('fr').tab_quotes);
    // Both show their language, so both files have come.
    // The host page is /e2e-pages/locale.html; the widget's files are at /.
    expect([...requests].sort()).toEqual(['/locales/fr.json', '/locales/uk.json']);
    expect(host.errors).toEqual([]);
  },
);
