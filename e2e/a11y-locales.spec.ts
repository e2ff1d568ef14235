// axe (WCAG 2.x A/AA) finds nothing in a Russian and an Arabic explainer, in
// every view, with the interface in the content's language.
import { axeViolations } from './fixtures/axe';
import { expect, test, VIEWS } from './fixtures/explainer-page';
import { ARABIC_EXPLAINER, RUSSIAN_EXPLAINER } from './fixtures/locales';
import { openWithContent } from './fixtures/page-content';

for (const [language, json] of [
  ['Russian', RUSSIAN_EXPLAINER],
  ['Arabic', ARABIC_EXPLAINER],
] as const) {
  test(`axe finds nothing in a ${language} explainer`, async ({ explainer, page }) => {
    await openWithContent(page, json);
    await explainer.waitUntilLive();
    await explainer.quoteCards().first().locator('button.quote-card__toggle').click();
    for (const view of VIEWS) {
      await explainer.showView(view);
      expect(await axeViolations(page), `${language}, ${view}`).toEqual([]);
    }
    explainer.expectNoErrors();
  });
}
