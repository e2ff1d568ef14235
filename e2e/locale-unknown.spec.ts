// A locale the build does not ship falls back to English, never to blank or
// half-translated text, and says so in the console for whoever embeds it.
import { expect, test } from './fixtures/explainer-page';
import { consoleWarnings, localeTexts, RUSSIAN_EXPLAINER } from './fixtures/locales';
import { openWithContent } from './fixtures/page-content';

test('an unknown ?locale= shows English and warns in the console', async ({ explainer, page }) => {
  const warnings = consoleWarnings(page);
  await openWithContent(page, RUSSIAN_EXPLAINER, '?locale=xx-YY');
  await explainer.waitUntilLive();
  const en = localeTexts('en');
  await expect(explainer.tab('quotes')).toHaveText(en.tab_quotes);
  await expect(explainer.tab('tracker')).toHaveText(en.tab_tracker);
  await expect(explainer.tracker.panel().locator('.tracker-summary__total')).toHaveText('3 items:');
  await expect.poll(() => warnings.filter((w) => w.includes('“xx-YY”')).length).toBe(1);
  explainer.expectNoErrors();
});
