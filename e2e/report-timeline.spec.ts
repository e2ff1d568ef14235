// "What changed" (issue #15): the tracker's timeline lists every status change
// of every item across the three reports of the fictional ferry talks, oldest
// first, each with its date, item, status and its evidence in the report that
// tells of it; an evidence link opens that report at the passage. axe at zero.
//
// Writes e2e/screenshots/report-timeline-<project>-{light,dark}.png.
import { axeViolations } from './fixtures/axe';
import { expect } from './fixtures/explainer-page';
import { test } from './fixtures/reports-site';

test('the timeline lists every change in date order and links its evidence', async ({ explainer, page, reportsPage }) => {
  await explainer.goto();
  await explainer.showView('tracker');
  const tracker = explainer.tracker;
  await expect(tracker.timeline().locator('h3')).toHaveText('What changed');
  const entries = tracker.timelineEntries();
  await expect(entries).toHaveCount(6);
  const changes = await entries.evaluateAll((items) =>
    items.map((item) => `${item.querySelector('time')?.getAttribute('datetime')} ${item.getAttribute('data-deal')} ${item.getAttribute('data-status')}`),
  );
  expect(changes).toEqual([
    '2025-06-02 single-fare proposed',
    '2025-06-02 timetable proposed',
    '2025-06-20 single-fare agreed',
    '2025-06-20 timetable in-progress',
    '2025-07-08 timetable no-deal',
    '2025-07-08 county-ruling claimed',
  ]);
  const agreed = entries.nth(2);
  await expect(agreed.locator('.timeline__when')).toHaveText('June 20, 2025 · Report 2 of 3');
  await expect(agreed.locator('.timeline__change')).toContainText('One fare for both towns');
  await expect(agreed.locator('.timeline__evidence a')).toHaveText([
    '“Both councils voted on Thursday for a single fare”',
    '“One fare, from the first crossing,”',
  ]);

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await axeViolations(page), `axe violations (${scheme})`).toEqual([]);
    await tracker.timeline().scrollIntoViewIfNeeded();
    await explainer.screenshot('report-timeline', scheme);
  }
  await explainer.expectNoHorizontalScroll('the timeline');

  // The passage's link opens the second report at it.
  await agreed.locator('.timeline__evidence a[href="#source-single-fare-evidence-2"]').click();
  await explainer.expectView('source');
  await expect(explainer.source.report(2)).toBeVisible();
  const mark = explainer.source.passageMark('single-fare-evidence-2');
  await expect(mark).toBeFocused();
  await expect(mark).toBeInViewport();
  explainer.expectNoErrors();
});
