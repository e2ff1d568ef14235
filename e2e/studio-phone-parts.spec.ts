// The Studio's parts as tabs on a phone (issue 28): a part's link shows that
// part alone instead of a column many screens long, "All parts" shows them all
// again, and focus sent to a field of a hidden part (a problem's link) shows
// its part. At 1280 px every part stays on screen whichever link is used.
// Screenshots at each project's width, light and dark; axe finds nothing with
// one part shown.
import AxeBuilder from '@axe-core/playwright';
import { WCAG_TAGS } from './fixtures/axe';
import { ARTICLE, expect, test } from './fixtures/studio-page';

for (const scheme of ['light', 'dark'] as const) {
  test(`a part's link shows that part alone on a phone (${scheme})`, async ({ studio, page }, testInfo) => {
    await page.emulateMedia({ colorScheme: scheme });
    await studio.goto();
    await studio.draftFrom(ARTICLE);
    const nav = page.getByRole('navigation', { name: 'Parts of the Studio' });
    const phone = (page.viewportSize()?.width ?? 0) < 600;

    await nav.getByRole('link', { name: 'Quotes', exact: true }).click();
    await expect(nav.getByRole('link', { name: 'Quotes', exact: true })).toHaveAttribute('aria-current', 'true');
    await expect(page.locator('#studio-quotes-title')).toBeVisible();
    if (phone) {
      await expect(studio.articleText()).toBeHidden();
      await expect(page.locator('#studio-preview-title')).toBeHidden();
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const all = await page.evaluate(() => {
        const workspace = document.querySelector('.studio__workspace') as HTMLElement;
        const shown = workspace.dataset.part;
        delete workspace.dataset.part;
        const height = document.documentElement.scrollHeight;
        workspace.dataset.part = shown;
        return height;
      });
      expect(height, 'one part is shorter than the whole column').toBeLessThan(all / 2);
    } else {
      await expect(studio.articleText()).toBeVisible();
    }

    const results = await new AxeBuilder({ page }).include('#studio').withTags(WCAG_TAGS).analyze();
    const violations = results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
    expect(violations, 'axe violations').toEqual([]);
    await studio.screenshot(`studio-parts-${testInfo.project.name}-${scheme}`, 'viewport');

    // A problem's link leads to its field, in a part not shown.
    await nav.getByRole('link', { name: 'People', exact: true }).click();
    await page.locator('#studio-person-0-id').fill('');
    await nav.getByRole('link', { name: /^Problems/ }).click();
    await expect(page.locator('#studio-problems-title')).toBeVisible();
    if (phone) await expect(page.locator('#studio-people-title')).toBeHidden();
    await page.locator('.studio-problems__go', { hasText: '$.people[0].id' }).click();
    await expect(page.locator('#studio-person-0-id')).toBeFocused();
    await expect(page.locator('#studio-person-0-id')).toBeVisible();

    if (phone) {
      await nav.getByRole('link', { name: 'All parts' }).click();
      await expect(studio.articleText()).toBeVisible();
      await expect(page.locator('#studio-preview-title')).toBeVisible();
    }
  });
}
