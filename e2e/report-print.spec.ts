// Printing an explainer of several reports gives every report, in order, though
// the live widget shows one at a time; the switch between them is left out.
import { expect } from './fixtures/explainer-page';
import { test } from './fixtures/reports-site';

test('print media shows every report and no switch', async ({ explainer, page, reportsPage }) => {
  await explainer.goto();
  await explainer.showView('source');
  await expect(explainer.source.visibleReports()).toHaveCount(1);
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  for (const n of [1, 2, 3]) await expect(explainer.source.report(n)).toBeVisible();
  await expect(explainer.source.reportSwitch()).toBeHidden();
});
