// Accessibility: axe-core finds no WCAG 2.x A/AA violations in the rendered widget,
// in light and dark color schemes.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures/explainer-page';

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no WCAG A/AA violations (${scheme})`, async ({ explainer, page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await explainer.goto();

    const results = await new AxeBuilder({ page })
      .include('#explainer')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();

    // One line per failing node, so a failure reads without opening the report.
    const violations = results.violations.flatMap((v) =>
      v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary ?? v.help}`),
    );
    expect(violations, 'axe violations').toEqual([]);
  });
}
