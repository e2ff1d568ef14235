// Links into the widget after it has loaded: setting location.hash to each form
// opens its view and target, as on a fresh load; then Back and Forward move
// between them, the view and the expanded card following the URL.
import type { Locator } from '@playwright/test';
import { type ExplainerPage, type ViewId, expect, test } from './fixtures/explainer-page';

interface Stop {
  fragment: string;
  view: ViewId;
  target: (e: ExplainerPage) => Locator;
  /** Checks that what the fragment names is open. */
  open?: (e: ExplainerPage) => Promise<void>;
}

const STOPS: Stop[] = [
  {
    fragment: 'quote-next-time-in-moscow',
    view: 'quotes',
    target: (e) => e.quotes.card('next-time-in-moscow').root(),
    open: (e) => e.quotes.card('next-time-in-moscow').expectExpanded(),
  },
  {
    fragment: 'deal-formal-agreement',
    view: 'tracker',
    target: (e) => e.tracker.item('formal-agreement').root(),
    open: (e) => e.tracker.item('formal-agreement').expectHistoryOpen(),
  },
  { fragment: 'source', view: 'source', target: (e) => e.source.article() },
  { fragment: 'source-long-overdue', view: 'source', target: (e) => e.source.quoteMark('long-overdue') },
  {
    fragment: 'source-formal-agreement-evidence-1',
    view: 'source',
    target: (e) => e.source.passageMark('formal-agreement-evidence-1'),
  },
  {
    fragment: 'quote-long-overdue',
    view: 'quotes',
    target: (e) => e.quotes.card('long-overdue').root(),
    open: (e) => e.quotes.card('long-overdue').expectExpanded(),
  },
];

/** The URL says `stop`: its view, its target focused and in view, what it names open. */
async function expectAt(explainer: ExplainerPage, stop: Stop): Promise<void> {
  expect(await explainer.hash()).toBe(`#${stop.fragment}`);
  await explainer.expectView(stop.view);
  const target = stop.target(explainer);
  await expect(target).toHaveId(stop.fragment);
  // Where focus is instead is described only when the check fails (each
  // description is a round trip to the page).
  try {
    await expect(target).toBeFocused();
  } catch (error) {
    throw new Error(`#${stop.fragment} not focused (focus is on ${await explainer.describeActiveElement()})`, {
      cause: error,
    });
  }
  await expect(target).toBeInViewport();
  await stop.open?.(explainer);
}

test('setting location.hash to each form opens its view and target', async ({ explainer }) => {
  await explainer.goto();
  await explainer.expectView('quotes');

  for (const [i, stop] of STOPS.entries()) {
    await explainer.setHash(stop.fragment);
    await expectAt(explainer, stop);
    // Waiting out every flash would be slow; the last one must also end.
    await explainer.expectFlashed(stop.target(explainer), { andEnds: i === STOPS.length - 1 });
  }
  await expect(explainer.notice()).toHaveCount(0);
  explainer.expectNoErrors();
});

/** The stops the history tests walk: one of each kind of view and target. */
const HISTORY_STOPS = [STOPS[0], STOPS[1], STOPS[4]];

/**
 * Opens the widget with reduced motion (instant scrolling keeps the steps
 * quick; the flash is not what these tests are about) and follows each of
 * `HISTORY_STOPS` in turn, closing what each link opened, so that going back
 * or forward to it must open it again.
 */
async function walkStops(explainer: ExplainerPage): Promise<void> {
  await explainer.page.emulateMedia({ reducedMotion: 'reduce' });
  await explainer.goto();
  for (const stop of HISTORY_STOPS) {
    await explainer.setHash(stop.fragment);
    await expectAt(explainer, stop);
    if (stop.view === 'quotes') await explainer.quotes.card(stop.fragment.replace(/^quote-/, '')).collapse();
    if (stop.view === 'tracker') {
      const item = explainer.tracker.item(stop.fragment.replace(/^deal-/, ''));
      await item.historyToggle().click();
      await expect(item.history()).toBeHidden();
    }
  }
}

test('Back moves to the fragment before; the view and what it names follow', async ({ explainer, page }) => {
  await walkStops(explainer);
  for (let i = HISTORY_STOPS.length - 2; i >= 0; i--) {
    await page.goBack();
    await expectAt(explainer, HISTORY_STOPS[i]);
  }
  explainer.expectNoErrors();
});

test('Forward moves to the fragment after; the view and what it names follow', async ({ explainer, page }) => {
  await walkStops(explainer);
  for (let i = 1; i < HISTORY_STOPS.length; i++) await page.goBack();
  await expectAt(explainer, HISTORY_STOPS[0]);
  for (let i = 1; i < HISTORY_STOPS.length; i++) {
    await page.goForward();
    await expectAt(explainer, HISTORY_STOPS[i]);
  }
  explainer.expectNoErrors();
});

test('Back past the first link leaves no fragment, the default view and no notice', async ({ explainer, page }) => {
  await walkStops(explainer);
  for (let i = 0; i < HISTORY_STOPS.length; i++) await page.goBack();
  expect(await explainer.hash()).toBe('');
  await explainer.expectView('quotes');
  await expect(explainer.notice()).toHaveCount(0);
  explainer.expectNoErrors();
});
