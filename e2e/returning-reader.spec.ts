// A returning reader (README "A returning reader"): the widget remembers, in the
// reader's own browser, what they saw of an explainer; when they come back to
// newer content (same browser context, a later day), one line says what is new
// since their visit, announced politely, and each changed tracker item and new
// quote carries a visible mark with words ("New", "Changed"), which screen
// readers hear with "since your last visit". A first visit shows nothing.
// The content comes from a URL (`?src=`) so that it can change between the two
// loads; the page's clock is set so the visit's date is known.
import { expect, test } from './fixtures/embed-host';
import { FOLLOW_UP, SinceVisit, openFirstVersion, storedVisitKeys } from './fixtures/returning-reader';

const FILE = '/returning/explainer.json';

test('coming back to newer content, the reader is told what changed since their visit, and it is marked', async ({
  page,
}) => {
  await page.clock.install({ time: new Date('2025-03-05T09:00:00') });
  const { file, followUp, widget } = await openFirstVersion(page, FILE);
  const since = new SinceVisit(page.locator('#explainer'));

  // First visit: recorded, nothing said or marked.
  await expect.poll(() => storedVisitKeys(page), { message: 'the visit is recorded' }).toHaveLength(1);
  await since.expectNothing();

  // The newsroom updates the file; the reader comes back two weeks later.
  file.publish(followUp);
  await page.clock.setSystemTime(new Date('2025-03-19T18:00:00'));
  await page.reload();
  await widget.waitUntilLive();

  const line = 'Since your visit on March 5, 2025: 2 items changed, 3 new quotes.';
  await expect(since.line()).toHaveText(line);
  await expect(since.line()).toBeVisible();
  await expect(widget.announcer(), 'the line is announced, politely').toHaveText(line);

  expect(await since.markedQuotes()).toEqual(FOLLOW_UP.newQuotes);
  for (const slug of FOLLOW_UP.newQuotes) {
    const mark = since.quoteMark(slug);
    await expect(mark).toBeVisible();
    // A word, not a colour: "New" shows, and the card's button is named with it.
    expect(await mark.evaluate((el) => el.firstChild?.textContent)).toBe('New');
    await expect(widget.quotes.card(slug).toggle()).toHaveAccessibleName(/^New since your last visit: “/);
  }
  await expect(since.quoteMark(FOLLOW_UP.unchangedQuote)).toHaveCount(0);

  await widget.tab('tracker').click();
  expect(await since.markedItems()).toEqual(FOLLOW_UP.changedItems);
  for (const id of FOLLOW_UP.changedItems) {
    await expect(since.itemMark(id)).toBeVisible();
    await expect(since.itemMark(id)).toHaveText('Changed since your last visit');
  }
  await expect(since.itemMark(FOLLOW_UP.unchangedItem)).toHaveCount(0);
});
