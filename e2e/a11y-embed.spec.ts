// Accessibility of what embedding adds: the open Embed panel, and the widget
// inline in a host page's Shadow DOM, pass axe's WCAG A/AA rules in light and dark.
import AxeBuilder from '@axe-core/playwright';
import { axeViolations, WCAG_TAGS } from './fixtures/axe';
import { test as hostTest } from './fixtures/embed-host';
import { expect, test } from './fixtures/explainer-page';

for (const scheme of ['light', 'dark'] as const) {
  test(`the open Embed panel has no WCAG A/AA violations (${scheme})`, async ({ explainer, page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await explainer.goto();
    const button = explainer.root().getByRole('button', { name: 'Embed', exact: true });
    await button.click();
    await expect(explainer.root().locator('#embed-codes')).toBeVisible();
    expect(await axeViolations(page), 'axe violations').toEqual([]);
  });

  hostTest(`an inline instance has no WCAG A/AA violations (${scheme})`, async ({ host, page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await host.goto('inline.html');
    await host.inline('first').waitUntilLive();
    await host.inline('second').waitUntilLive();
    // axe walks open shadow roots from the placeholders.
    const results = await new AxeBuilder({ page }).include('#first').include('#second').withTags(WCAG_TAGS).analyze();
    const lines = results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
    expect(lines, 'axe violations').toEqual([]);
  });
}
