// The Deal tracker's status filter shows only the items at the chosen status
// (aria-pressed says which); "All" shows every item again. The evidence links of
// an item lead to the quote card and to the passage in the article.
import { CONTENT, DEAL_IDS } from './fixtures/content';
import { expect, test } from './fixtures/explainer-page';

test('the filter shows only the items at the chosen status; All restores them', async ({ explainer }) => {
  await explainer.goto();
  await explainer.showView('tracker');
  const { tracker } = explainer;
  await expect(tracker.items()).toHaveCount(7);
  await expect(tracker.filterButton('all')).toHaveText('All (7)');
  await expect(tracker.filterButton('all')).toHaveAttribute('aria-pressed', 'true');

  await tracker.filterButton('no-deal').click();

  await expect(tracker.filterButton('no-deal')).toHaveAttribute('aria-pressed', 'true');
  await expect(tracker.filterButton('all')).toHaveAttribute('aria-pressed', 'false');
  await expect(tracker.filterButton('no-deal')).toContainText('No deal (1)');
  await expect(tracker.items()).toHaveCount(1);
  await expect(tracker.items()).toHaveId('deal-formal-agreement');
  await expect(tracker.items()).toHaveAttribute('data-status', 'no-deal');
  await expect(tracker.liveRegion()).toHaveText('Showing 1 of 7 items.');

  // Every status: exactly the items at it, and only its button pressed.
  for (const status of new Set(CONTENT.tracker.map((d) => d.status))) {
    await tracker.filterButton(status).click();
    const expected = CONTENT.tracker.filter((d) => d.status === status).map((d) => `deal-${d.id}`);
    await expect(tracker.items()).toHaveCount(expected.length);
    expect(await tracker.items().evaluateAll((items) => items.map((i) => i.id))).toEqual(expected);
    expect(new Set(await tracker.shownStatuses())).toEqual(new Set([status]));
    await expect(tracker.pressedFilterButtons()).toHaveCount(1);
  }

  await tracker.filterButton('all').click();

  await expect(tracker.filterButton('all')).toHaveAttribute('aria-pressed', 'true');
  await expect(tracker.items()).toHaveCount(7);
  expect(await tracker.items().evaluateAll((items) => items.map((i) => i.id))).toEqual(DEAL_IDS.map((id) => `deal-${id}`));
  await expect(tracker.liveRegion()).toHaveText('Showing 7 of 7 items.');
  explainer.expectNoErrors();
});

test('a #deal- link clears a filter that would hide its item', async ({ explainer }) => {
  await explainer.goto();
  await explainer.showView('tracker');
  await explainer.tracker.filterButton('agreed').click();
  await expect(explainer.tracker.items()).toHaveCount(1);

  await explainer.setHash('deal-formal-agreement');

  await expect(explainer.tracker.filterButton('all')).toHaveAttribute('aria-pressed', 'true');
  await expect(explainer.tracker.items()).toHaveCount(7);
  await explainer.tracker.item('formal-agreement').expectHistoryOpen();
  await expect(explainer.tracker.item('formal-agreement').root()).toBeFocused();
});

test('an evidence link leads to its quote card', async ({ explainer, page }) => {
  await explainer.goto();
  await explainer.showView('tracker');
  await explainer.tracker.filterButton('no-deal').click();
  const item = explainer.tracker.item('formal-agreement');

  await item.evidenceLink('quote-no-deal-until-deal').click();

  await expect(page).toHaveURL(/#quote-no-deal-until-deal$/);
  await explainer.expectView('quotes');
  const card = explainer.quotes.card('no-deal-until-deal');
  await card.expectExpanded();
  await expect(card.root()).toBeFocused();
  await expect(card.root()).toBeInViewport();
  explainer.expectNoErrors();
});

test('an evidence link leads to its passage in the article', async ({ explainer, page }) => {
  await explainer.goto();
  await explainer.showView('tracker');
  const item = explainer.tracker.item('formal-agreement');

  await item.evidenceLink('source-formal-agreement-evidence-2').click();

  await expect(page).toHaveURL(/#source-formal-agreement-evidence-2$/);
  await explainer.expectView('source');
  const mark = explainer.source.passageMark('formal-agreement-evidence-2');
  await expect(mark).toHaveText('Anchorage yielded no breakthroughs');
  await expect(mark).toHaveAttribute('data-deal', 'formal-agreement');
  await expect(mark).toBeFocused();
  await expect(mark).toBeInViewport();
  explainer.expectNoErrors();
});

test('every evidence link of every item points at an element that exists', async ({ explainer }) => {
  await explainer.goto();
  await explainer.showView('tracker');
  const hrefs = await explainer.tracker
    .evidenceLinks()
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const expected = CONTENT.tracker.reduce((n, d) => n + d.evidence.length, 0);
  expect(hrefs).toHaveLength(expected);
  const missing = await explainer.page.evaluate(
    (hrefs) => hrefs.filter((href) => !/^#(quote|source)-[a-z0-9-]+$/.test(href) || !document.getElementById(href.slice(1))),
    hrefs,
  );
  expect(missing, 'evidence links to nothing').toEqual([]);
});
