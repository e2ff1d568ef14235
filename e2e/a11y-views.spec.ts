// Accessibility of every view: axe-core (WCAG 2.x A/AA) finds no violations in
// the Quotes view with cards expanded (grouped by speaker, one card showing the
// copy-by-hand link field), the Deal tracker filtered with a history open, the
// Article text, and with the notice shown; each in light and dark color schemes.
// (e2e/a11y.spec.ts covers the page as it first loads.)
import { axeViolations } from './fixtures/axe';
import { type ExplainerPage, expect, test } from './fixtures/explainer-page';

const STATES: { name: string; open: (e: ExplainerPage) => Promise<void> }[] = [
  {
    name: 'Quotes by speaker, every card expanded, a copy-by-hand field',
    open: async (e) => {
      await e.page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { get: () => undefined }));
      await e.goto();
      await e.quotes.orderButton('speaker').click();
      await e.quotes.expandAllButton().click();
      await expect(e.quotes.expandedToggles()).toHaveCount(10);
      const card = e.quotes.card('very-productive');
      await card.copyLinkButton().click();
      await expect(card.fallbackInput()).toBeVisible();
    },
  },
  {
    name: 'Deal tracker, filtered, a history open',
    open: async (e) => {
      await e.goto();
      await e.showView('tracker');
      await e.tracker.filterButton('no-deal').click();
      await expect(e.tracker.items()).toHaveCount(1);
      await e.tracker.item('formal-agreement').openHistory();
    },
  },
  {
    name: 'Article text',
    open: async (e) => {
      await e.goto();
      await e.showView('source');
    },
  },
  {
    name: 'the notice for an unknown link',
    open: async (e) => {
      await e.goto('nonsense');
      await expect(e.notice()).toBeVisible();
    },
  },
];

for (const { name, open } of STATES) {
  test(`axe finds no WCAG A/AA violations: ${name}, light and dark`, async ({ explainer, page }) => {
    await open(explainer);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(page), `axe violations (${scheme})`).toEqual([]);
    }
  });
}
