// The view switcher follows the WAI-ARIA tabs pattern: clicking a tab shows its
// panel (the only one visible); with the keyboard, ArrowRight/ArrowLeft (wrapping),
// Home and End move both the selection and the focus; one tab stop.
import { TAB_LABELS, VIEWS, expect, test, type ViewId } from './fixtures/explainer-page';

test('clicking a tab shows its panel, and only that one', async ({ explainer }) => {
  await explainer.goto();
  await expect(explainer.tabs()).toHaveText(VIEWS.map((v) => TAB_LABELS[v]));
  await explainer.expectView('quotes');

  for (const view of ['tracker', 'source', 'quotes'] as ViewId[]) {
    await explainer.tab(view).click();
    await explainer.expectView(view);
    await expect(explainer.tab(view)).toHaveAttribute('aria-controls', `panel-${view}`);
    await expect(explainer.panel(view)).toHaveAttribute('aria-labelledby', `tab-${view}`);
    await expect(explainer.visiblePanels()).toHaveAttribute('role', 'tabpanel');
  }
  explainer.expectNoErrors();
});

test('arrow keys, Home and End move the selection and the focus', async ({ explainer, page }) => {
  await explainer.goto();
  // One tab stop: Tab from the page start lands on the selected tab.
  await explainer.tabTo(explainer.tab('quotes'), 1);

  // [key, the view it selects and focuses]
  const steps: [string, ViewId][] = [
    ['ArrowRight', 'tracker'],
    ['ArrowRight', 'source'],
    ['ArrowRight', 'quotes'], // wraps around
    ['ArrowLeft', 'source'], // wraps around
    ['ArrowLeft', 'tracker'],
    ['Home', 'quotes'],
    ['End', 'source'],
  ];
  for (const [key, view] of steps) {
    await page.keyboard.press(key);
    await expect(explainer.tab(view), `${key} focuses ${view}`).toBeFocused();
    await explainer.expectView(view);
    // Roving tabindex: only the selected tab is in the tab order.
    for (const other of VIEWS) {
      await expect(explainer.tab(other)).toHaveAttribute('tabindex', other === view ? '0' : '-1');
    }
  }
  expect(await explainer.activeElementOutlineStyle(), 'the focused tab has a visible outline').not.toBe('none');

  // Tab leaves the tab list for the open panel's content.
  await page.keyboard.press('Tab');
  await expect(explainer.tab('source')).not.toBeFocused();
  const focusedRole = await page.evaluate(() => document.activeElement?.getAttribute('role'));
  expect(focusedRole).not.toBe('tab');
  explainer.expectNoErrors();
});
