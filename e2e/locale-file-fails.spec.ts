// A locale file that does not come, or is not a locale file, never breaks the
// widget: it shows English, as for a locale the build does not ship, and says
// why in the console for whoever runs the site.
import { expect, test } from './fixtures/explainer-page';
import { consoleWarnings, localeFileRequests, localeTexts } from './fixtures/locales';

test('a locale file that is not JSON leaves the widget in English, with a warning', async ({
  explainer,
  page,
}) => {
  const warnings = consoleWarnings(page);
  const requests = localeFileRequests(page);
  await page.route('**/locales/fr.json', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><p>Our new site is coming soon' }),
  );
  await page.goto('/?locale=fr');
  await explainer.waitUntilLive();
  const en = localeTexts('en');
  await expect(explainer.tab('quotes')).toHaveText(en.tab_quotes);
  await expect(explainer.tab('tracker')).toHaveText(en.tab_tracker);
  await expect
    .poll(() => warnings.filter((w) => w.includes('“fr”') && w.includes('not a locale file')).length)
    .toBe(1);
  // Asked for once, not again on a later render.
  await explainer.showView('tracker');
  expect(requests).toEqual(['/locales/fr.json']);
  explainer.expectNoErrors();
});

test('a locale file that does not load leaves the widget in English, with a warning', async ({
  explainer,
  page,
}) => {
  const warnings = consoleWarnings(page);
  await page.route('**/locales/fr.json', (route) => route.abort('connectionrefused'));
  await page.goto('/?locale=fr');
  await explainer.waitUntilLive();
  await expect(explainer.tab('quotes')).toHaveText(localeTexts('en').tab_quotes);
  await expect.poll(() => warnings.filter((w) => w.includes('“fr”')).length).toBe(1);
  // The browser reports the failed request itself; nothing else may fail.
  expect(explainer.errors.filter((e) => !e.includes('net::ERR_CONNECTION_REFUSED'))).toEqual([]);
});
