// The marks of a returning reader (README "A returning reader") go once the
// reader has seen what they mark: a new quote once its card is opened, a
// changed tracker item once its status history is opened. The line's counts go
// down with them, and what was seen stays unmarked on the next visit, while
// what was not is still marked then.
import { expect, test } from './fixtures/embed-host';
import { FOLLOW_UP, SinceVisit, openFirstVersion } from './fixtures/returning-reader';

const FILE = '/returning/explainer.json';

test('a mark goes once its card or history is opened, and stays gone on the next visit', async ({ page }) => {
  await page.clock.install({ time: new Date('2025-03-05T09:00:00') });
  const { file, followUp, widget } = await openFirstVersion(page, FILE);
  const since = new SinceVisit(page.locator('#explainer'));
  await since.expectNothing();

  file.publish(followUp);
  await page.clock.setSystemTime(new Date('2025-03-19T18:00:00'));
  await page.reload();
  await widget.waitUntilLive();
  await expect(since.line()).toHaveText('Since your visit on March 5, 2025: 2 items changed, 3 new quotes.');

  const [seenQuote, ...unseenQuotes] = FOLLOW_UP.newQuotes;
  await widget.quotes.card(seenQuote).expand();
  await expect(since.quoteMark(seenQuote)).toHaveCount(0);
  expect(await since.markedQuotes()).toEqual(unseenQuotes);
  await expect(since.line()).toHaveText('Since your visit on March 5, 2025: 2 items changed, 2 new quotes.');

  const [seenItem, unseenItem] = FOLLOW_UP.changedItems;
  await widget.tab('tracker').click();
  await widget.tracker.item(seenItem).openHistory();
  await expect(since.itemMark(seenItem)).toHaveCount(0);
  expect(await since.markedItems()).toEqual([unseenItem]);
  await expect(since.line()).toHaveText('Since your visit on March 5, 2025: 1 item changed, 2 new quotes.');

  // The next day: what was seen stays unmarked, the rest is still marked.
  await page.clock.setSystemTime(new Date('2025-03-20T08:00:00'));
  await page.reload();
  await widget.waitUntilLive();
  await expect(since.line()).toHaveText('Since your visit on March 19, 2025: 1 item changed, 2 new quotes.');
  expect(await since.markedQuotes()).toEqual(unseenQuotes);
  await widget.tab('tracker').click();
  expect(await since.markedItems()).toEqual([unseenItem]);

  // Seeing the rest leaves nothing to say.
  await widget.tracker.item(unseenItem).openHistory();
  await widget.tab('quotes').click();
  await widget.quotes.expandAllButton().click();
  await since.expectNothing();
});
