// `?locale=` on the widget's page chooses the interface language over the
// content's own; on the pre-rendered page (in the content's language) the
// widget then draws afresh in the language asked for, never adopting markup in
// another one.
import { expect, test } from './fixtures/explainer-page';
import { localeTexts, RUSSIAN_EXPLAINER } from './fixtures/locales';
import { openWithContent } from './fixtures/page-content';

test('?locale=fr shows the French interface over a Russian explainer', async ({ explainer, page }) => {
  await openWithContent(page, RUSSIAN_EXPLAINER, '?locale=fr');
  await explainer.waitUntilLive();
  const fr = localeTexts('fr');
  await expect(explainer.tab('quotes')).toHaveText(fr.tab_quotes);
  await expect(explainer.tab('tracker')).toHaveText(fr.tab_tracker);
  await expect(explainer.quotes.expandAllButton(fr.expand_all)).toBeVisible();
  // French quotation marks, with narrow no-break spaces inside.
  await expect(explainer.quoteCard('open-by-autumn').locator('.quote-card__text')).toHaveText(
    '«\u202fМост будет открыт к осени\u202f»',
  );
  explainer.expectNoErrors();
});

test('?locale=fr on the pre-rendered English page draws it afresh in French', async ({ explainer, page }) => {
  await page.goto('/?locale=fr');
  await explainer.waitUntilLive();
  const fr = localeTexts('fr');
  await expect(explainer.tab('quotes')).toHaveText(fr.tab_quotes);
  await expect(explainer.root().locator('.explainer__kicker')).toHaveText(fr.kicker);
  await expect(page.locator('#explainer > .explainer')).toHaveCount(1);
  await expect(page.locator('h1')).toHaveCount(1);
  explainer.expectNoErrors();
});
