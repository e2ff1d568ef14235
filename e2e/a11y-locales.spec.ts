// axe (WCAG 2.x A/AA) finds nothing in a Russian and an Arabic explainer, in
// every view, with the interface in the content's language; nor with the
// longest interface, French, asked for with ?locale=. No view scrolls sideways.
import { axeViolations } from './fixtures/axe';
import { expect, test, VIEWS } from './fixtures/explainer-page';
import { ARABIC_EXPLAINER, RUSSIAN_EXPLAINER } from './fixtures/locales';
import { openWithContent } from './fixtures/page-content';

for (const [language, json, query] of [
  ['Russian', RUSSIAN_EXPLAINER, ''],
  ['Arabic', ARABIC_EXPLAINER, ''],
  ['French', RUSSIAN_EXPLAINER, '?locale=fr'],
] as const) {
  test(`axe finds nothing in the ${language} interface`, async ({ explainer, page }) => {
    await openWithContent(page, json, query);
    await explainer.waitUntilLive();
    await explainer.quoteCards().first().locator('button.quote-card__toggle').click();
    for (const view of VIEWS) {
      await explainer.showView(view);
      await explainer.expectNoHorizontalScroll(`${language}, ${view} view`);
      expect(await axeViolations(page), `${language}, ${view}`).toEqual([]);
    }
    explainer.expectNoErrors();
  });
}
