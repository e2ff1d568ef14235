// Several reports in one explainer (issue #15): the Article text opens at the
// newest report, and the buttons above it, oldest first, switch to another;
// only the chosen report shows, each under its own headline and date. Checked
// on the page `explainer build` pre-renders for the fictional ferry talks
// (tests/data/three-reports.json), with axe at zero in light and dark.
//
// Writes e2e/screenshots/report-switch-<project>-{light,dark}.png.
import { axeViolations } from './fixtures/axe';
import { expect } from './fixtures/explainer-page';
import { expectNoOverlap } from './fixtures/layout';
import { test } from './fixtures/reports-site';

test('the reader switches between reports, the newest first shown', async ({ explainer, page, reportsPage }) => {
  await explainer.goto();
  await explainer.showView('source');
  const source = explainer.source;
  await expect(source.reports()).toHaveCount(3);
  // Opens at the newest: the third report, its button pressed.
  await expect(source.visibleReports()).toHaveCount(1);
  await expect(source.report(3)).toBeVisible();
  await expect(source.reportButton(3)).toHaveAttribute('aria-pressed', 'true');
  await expect(source.report(3).locator('.source-report__headline')).toHaveText(
    'Ferry timetable talks stall over the early crossing',
  );

  // The buttons read oldest first, by date.
  await expect(source.reportSwitch().locator('button')).toHaveText(['June 2, 2025', 'June 20, 2025', 'July 8, 2025']);

  await source.reportButton(1).click();
  await expect(source.visibleReports()).toHaveCount(1);
  await expect(source.report(1)).toBeVisible();
  await expect(source.report(3)).toBeHidden();
  await expect(source.reportButton(1)).toHaveAttribute('aria-pressed', 'true');
  await expect(source.reportButton(3)).toHaveAttribute('aria-pressed', 'false');
  await expect(source.quoteMark('one-boat-one-fare')).toBeVisible();
  await expect(source.report(1).locator('.source-report__meta')).toContainText('June 2, 2025');

  await source.reportButton(2).click();
  await expect(source.report(2)).toBeVisible();
  await expect(source.quoteMark('one-fare-first-crossing')).toBeVisible();
  await expect(source.report(2).locator('.source-report__meta a')).toHaveAttribute(
    'href',
    'https://courier.example/ferry-fares',
  );
  await expectNoOverlap(
    {
      'the switch': source.reportSwitch(),
      'the report heading': source.report(2).locator('.source-report__header'),
    },
    'the report switch',
  );
  await explainer.expectNoHorizontalScroll('the report switch');

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await axeViolations(page), `axe violations (${scheme})`).toEqual([]);
    await explainer.screenshot('report-switch', scheme);
  }
  explainer.expectNoErrors();
});
