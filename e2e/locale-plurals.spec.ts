// Counts in Russian take the form the number needs (one / few / many): three
// tracker items, five quotes expanded, one of three items shown.
import { expect, test } from './fixtures/explainer-page';
import { localeTexts, RUSSIAN_EXPLAINER } from './fixtures/locales';
import { openWithContent } from './fixtures/page-content';

test('Russian counts take their plural forms', async ({ explainer, page }) => {
  await openWithContent(page, RUSSIAN_EXPLAINER);
  await explainer.waitUntilLive();
  await explainer.quotes.expandAllButton(localeTexts('ru').expand_all).click();
  // 5: many.
  await expect(explainer.announcer()).toHaveText(/^Развёрнуто 5 цитат\.\s?$/);

  await explainer.showView('tracker');
  // 3: few.
  await expect(explainer.tracker.panel().locator('.tracker-summary__total')).toHaveText('3 пункта:');
  await explainer.tracker.filterButton('agreed').click();
  await expect(explainer.tracker.liveRegion()).toHaveText('Показано 1 из 3 пунктов.');
  explainer.expectNoErrors();
});
