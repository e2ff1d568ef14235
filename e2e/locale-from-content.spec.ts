// The interface speaks the content's language (`article.language`) when the page
// asks for none: a Russian explainer gets a Russian interface, an Arabic one an
// Arabic interface, right to left, each with its language's quotation marks.
import { expect, test } from './fixtures/explainer-page';
import { ARABIC_EXPLAINER, localeTexts, RUSSIAN_EXPLAINER } from './fixtures/locales';
import { openWithContent } from './fixtures/page-content';

test('a Russian explainer shows a Russian interface', async ({ explainer, page }) => {
  await openWithContent(page, RUSSIAN_EXPLAINER);
  await explainer.waitUntilLive();
  const ru = localeTexts('ru');
  await expect(explainer.widget()).toHaveAttribute('lang', 'ru');
  await expect(explainer.widget()).toHaveAttribute('dir', 'ltr');
  await expect(explainer.root().getByRole('tablist', { name: ru.views_label })).toBeVisible();
  await expect(explainer.tab('quotes')).toHaveText(ru.tab_quotes);
  await expect(explainer.tab('tracker')).toHaveText(ru.tab_tracker);
  await expect(explainer.tab('source')).toHaveText(ru.tab_source);
  await expect(explainer.quotes.expandAllButton(ru.expand_all)).toBeVisible();
  await expect(explainer.quoteCard('open-by-autumn').locator('.quote-card__text')).toHaveText(
    '«Мост будет открыт к осени»',
  );
  await expect(explainer.root().locator('.explainer__meta time')).toHaveText('7 октября 2025');
  explainer.expectNoErrors();
});

test('an Arabic explainer shows an Arabic interface, right to left', async ({ explainer, page }) => {
  await openWithContent(page, ARABIC_EXPLAINER);
  await explainer.waitUntilLive();
  const ar = localeTexts('ar');
  await expect(explainer.widget()).toHaveAttribute('dir', 'rtl');
  await expect(explainer.widget()).toHaveAttribute('lang', 'ar');
  await expect(explainer.tab('quotes')).toHaveText(ar.tab_quotes);
  await expect(explainer.tab('tracker')).toHaveText(ar.tab_tracker);
  await expect(explainer.tab('source')).toHaveText(ar.tab_source);
  await expect(explainer.quoteCard('ittafaqna').locator('.quote-card__text')).toHaveText('«اتفقنا»');
  explainer.expectNoErrors();
});
