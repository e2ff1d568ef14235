// Content from a URL is refreshed when the reader comes back to the tab (README
// "A returning reader"): a conditional request (If-None-Match with the ETag of
// the version shown), and a new version re-renders in place: the open card, the
// view, the status filter and the scroll position stay, and the change is
// announced politely. Refreshes are at most a minute apart, so the page's clock
// is moved on a minute before each return.
import { expect, test } from './fixtures/embed-host';
import { FOLLOW_UP, openFirstVersion, returnToTab } from './fixtures/returning-reader';

const FILE = '/returning/explainer.json';
const ANNOUNCED = 'This explainer has been updated: 2 items changed, 3 new quotes.';

test.beforeEach(async ({ page }) => {
  await page.clock.install();
});

test('new content on return re-renders in place: the open cards and the scroll stay, the change is announced', async ({
  page,
}) => {
  const { file, first, followUp, widget } = await openFirstVersion(page, FILE);
  // Every card open, so the page is taller than the window on any project.
  await widget.quotes.expandAllButton().click();
  const card = widget.quotes.card('library-on-the-weekend');
  await card.expectExpanded();
  const opened = first.quotes.length;
  await expect(widget.quotes.expandedToggles()).toHaveCount(opened);
  await page.evaluate(() => window.scrollTo(0, 240));
  const scrolled = await page.evaluate(() => scrollY);
  expect(scrolled, 'the page scrolls').toBe(240);

  file.publish(followUp);
  await page.clock.fastForward('01:01');
  await returnToTab(page);

  await expect(widget.quotes.cards(), 'the new quotes show').toHaveCount(followUp.quotes.length);
  expect(file.requests.at(-1), 'a conditional request, answered with the new version').toEqual({
    ifNoneMatch: '"version-1"',
    ifModifiedSince: null,
    status: 200,
  });
  await expect(widget.announcer()).toHaveText(ANNOUNCED);
  await card.expectExpanded();
  await expect(widget.quotes.expandedToggles(), 'the open cards stay open').toHaveCount(opened);
  await expect(widget.tab('quotes')).toHaveAttribute('aria-selected', 'true');
  expect(await page.evaluate(() => scrollY), 'the scroll position stays').toBe(scrolled);
  await expect(widget.quotes.card(FOLLOW_UP.newQuotes[0]).root()).toBeVisible();
});

test('new content on return keeps the tracker view and its status filter', async ({ page }) => {
  const { file, followUp, widget } = await openFirstVersion(page, FILE);
  await widget.tab('tracker').click();
  await widget.tracker.filterButton('agreed').click();
  await expect(widget.tracker.items()).toHaveCount(1);

  file.publish(followUp);
  await page.clock.fastForward('01:01');
  await returnToTab(page);

  // Two more items are agreed now, under the same filter, in the same view.
  await expect(widget.tracker.items()).toHaveCount(3);
  await expect(widget.tracker.filterButton('agreed')).toHaveAttribute('aria-pressed', 'true');
  await expect(widget.tab('tracker')).toHaveAttribute('aria-selected', 'true');
  await expect(widget.announcer()).toHaveText(ANNOUNCED);
});
