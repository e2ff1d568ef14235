// A link into the second of three reports, opened from a cold start
// (`#source-one-fare-first-crossing`, a quote of the report of June 20): the
// page `explainer build` pre-rendered shows every report, so the highlight is
// there before the Wasm; once live, the Article text shows that report (not the
// newest, which it would open at), its button pressed, and the highlight is
// focused and in view. Hydration adopts the pre-rendered page without an error.
import { expect } from './fixtures/explainer-page';
import { test } from './fixtures/reports-site';

test('#source-<slug> of the second report opens that report from a cold start', async ({ explainer, page, reportsPage }) => {
  const release = await explainer.holdWasm();
  await page.goto('/#source-one-fare-first-crossing');
  // Before the Wasm: every report is in the pre-rendered page, the mark among them.
  const source = explainer.source;
  await expect(source.reports()).toHaveCount(3);
  await expect(source.quoteMark('one-fare-first-crossing')).toHaveText('One fare, from the first crossing,');
  await expect(explainer.root().locator('.explainer.is-live')).toHaveCount(0);
  release();
  await explainer.waitUntilLive();

  await explainer.expectView('source');
  await expect(source.visibleReports()).toHaveCount(1);
  await expect(source.report(2)).toBeVisible();
  await expect(source.reportButton(2)).toHaveAttribute('aria-pressed', 'true');
  const landed = source.quoteMark('one-fare-first-crossing');
  await expect(landed).toBeFocused();
  await expect(landed).toBeInViewport();
  explainer.expectNoErrors();
});
