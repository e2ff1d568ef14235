// A quote card of an explainer with several reports says which report and date
// its words come from; the default explainer, of one report, says nothing of
// reports (it renders as it always did).
import { expect } from './fixtures/explainer-page';
import { test } from './fixtures/reports-site';

test('a quote card names the report and date of its words', async ({ explainer, page, reportsPage }) => {
  await explainer.goto();
  await expect(explainer.quoteCard('one-fare-first-crossing').locator('.quote-card__report')).toHaveText(
    'From the report of June 20, 2025: Ferry talks: one fare agreed, the timetable still open',
  );
  await expect(explainer.quoteCard('one-boat-one-fare').locator('.quote-card__report')).toHaveText(
    'From the report of June 2, 2025: Norrvik and Saltholm open talks on a shared ferry',
  );
  explainer.expectNoErrors();
});

test('a one-report explainer names no report on its cards', async ({ explainer }) => {
  await explainer.goto();
  await expect(explainer.quoteCards()).toHaveCount(10);
  await expect(explainer.root().locator('.quote-card__report')).toHaveCount(0);
  await expect(explainer.root().locator('.report-switch, .source-report, .timeline')).toHaveCount(0);
});
