// Accessibility: axe-core finds no WCAG 2.x A/AA violations in the rendered widget,
// in light and dark color schemes. (e2e/a11y-views.spec.ts covers every view.)
import { axeViolations } from './fixtures/axe';
import { expect, test } from './fixtures/explainer-page';

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no WCAG A/AA violations (${scheme})`, async ({ explainer, page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await explainer.goto();

    // One line per failing node, so a failure reads without opening the report.
    expect(await axeViolations(page), 'axe violations').toEqual([]);
  });
}
