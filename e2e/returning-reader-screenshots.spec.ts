// Screenshots of a returning reader's view for people to look at
// (e2e/screenshots/since-visit-<quotes|tracker>-<project>-<scheme>.png): the
// "Since your visit" line and the marks on new quotes and changed tracker items,
// at each project's width, light and dark; checked for layout (no sideways
// scroll, a mark neither overlapping nor sticking out of its card or item) and
// with axe at zero violations while they show.
import { axeViolations } from './fixtures/axe';
import { expect, test } from './fixtures/explainer-page';
import { expectInside, expectNoOverlap } from './fixtures/layout';
import { FOLLOW_UP, SinceVisit, openFirstVersion } from './fixtures/returning-reader';

const FILE = '/returning/explainer.json';

test('screenshots for people to look at: the since-your-visit line and marks, light and dark, axe-clean', async ({
  explainer,
  page,
}) => {
  await page.clock.install({ time: new Date('2025-03-05T09:00:00') });
  const { file, followUp } = await openFirstVersion(page, FILE);
  file.publish(followUp);
  await page.clock.setSystemTime(new Date('2025-03-19T18:00:00'));
  await page.reload();
  await explainer.waitUntilLive();
  const since = new SinceVisit(explainer.root());
  await expect(since.line()).toBeVisible();
  await page.mouse.move(0, 0);

  const newQuote = explainer.quotes.card(FOLLOW_UP.newQuotes[0]);
  const cardParts = {
    'the mark': since.quoteMark(FOLLOW_UP.newQuotes[0]),
    'the quote': newQuote.root().locator('.quote-card__text'),
    'the speaker': newQuote.root().locator('.quote-card__speaker'),
    'the chevron': newQuote.root().locator('.quote-card__chevron'),
  };
  await expectNoOverlap(cardParts, 'a new quote’s card');
  await expectInside(newQuote.root(), cardParts, 'a new quote’s card');
  await explainer.expectNoHorizontalScroll('the quotes view with marks');
  expect(await axeViolations(page), 'axe, quotes view with the line and marks').toEqual([]);
  for (const scheme of ['light', 'dark'] as const) await explainer.screenshot('since-visit-quotes', scheme);

  await explainer.showView('tracker');
  const item = explainer.tracker.item(FOLLOW_UP.changedItems[0]);
  const itemParts = {
    'the status badge': item.root().locator('.deal-item__head .status-badge'),
    'the mark': since.itemMark(FOLLOW_UP.changedItems[0]),
    'the title': item.root().locator('.deal-item__title'),
  };
  await expectNoOverlap(itemParts, 'a changed tracker item');
  await expectInside(item.root(), itemParts, 'a changed tracker item');
  await explainer.expectNoHorizontalScroll('the tracker with marks');
  expect(await axeViolations(page), 'axe, tracker with the line and marks').toEqual([]);
  await page.mouse.move(0, 0);
  for (const scheme of ['light', 'dark'] as const) await explainer.screenshot('since-visit-tracker', scheme);
  explainer.expectNoErrors();
});
