// Accessibility of the Studio: axe-core finds no WCAG 2.x A/AA violations with a
// draft open, at each project's width (375 and 1280 px), light and dark. Writes
// e2e/screenshots/studio-<project>-<scheme>.png (the whole page),
// studio-top-… (the first screen) and studio-preview-… for a person to look at.
import AxeBuilder from '@axe-core/playwright';
import { WCAG_TAGS } from './fixtures/axe';
import { ARTICLE, expect, test } from './fixtures/studio-page';

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations in the Studio (${scheme})`, async ({ studio, page }, testInfo) => {
    await page.emulateMedia({ colorScheme: scheme });
    await studio.goto();
    await studio.draftFrom(ARTICLE);
    await page.getByRole('button', { name: 'Add a tracker item' }).click();
    await studio.find('We will not retreat');
    await expect(studio.selected()).toBeVisible();
    // The publish steps with their codes, and a field with an error beside it.
    await page.getByLabel('Where it will be published').fill('https://news.example/explainers/geneva/');
    await expect(page.locator('#studio-embed-inline')).toBeVisible();
    await page.locator('#studio-person-0-id').fill('');
    await expect(page.locator('#studio-person-0-id-problems')).toContainText('Error:');

    const results = await new AxeBuilder({ page }).include('#studio').withTags(WCAG_TAGS).analyze();
    const violations = results.violations.flatMap((v) =>
      v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary ?? v.help}`),
    );
    expect(violations, 'axe violations').toEqual([]);
    const name = `${testInfo.project.name}-${scheme}`;
    await studio.screenshot(`studio-${name}`);
    await studio.screenshot(`studio-top-${name}`, 'viewport');
    await studio.screenshot(`studio-preview-${name}`, page.locator('.studio-preview'));
  });
}
