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
  await expect(target, `#${stop.fragment} focused (focus is on ${await explainer.describeActiveElement()})`).toBeFocused();
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

test('Back and Forward move between fragments; the view and the expanded card follow', async ({ explainer, page }) => {
  // Instant scrolling (prefers-reduced-motion) keeps the twenty-odd steps quick;
  // the flash is not what this test is about.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await explainer.goto();
  for (const stop of STOPS) {
    await explainer.setHash(stop.fragment);
    await expectAt(explainer, stop);
    // Close what the link opened, so going back to it must open it again.
    if (stop.view === 'quotes') await explainer.quotes.card(stop.fragment.replace(/^quote-/, '')).collapse();
    if (stop.view === 'tracker') {
      const item = explainer.tracker.item(stop.fragment.replace(/^deal-/, ''));
      await item.historyToggle().click();
      await expect(item.history()).toBeHidden();
    }
  }

  // Back through every stop to the first, then forward again to the last.
  for (let i = STOPS.length - 2; i >= 0; i--) {
    await page.goBack();
    await expectAt(explainer, STOPS[i]);
  }
  for (let i = 1; i < STOPS.length; i++) {
    await page.goForward();
    await expectAt(explainer, STOPS[i]);
  }

  // Back past the first link: no fragment, the default view, no notice.
  for (let i = 0; i < STOPS.length; i++) await page.goBack();
  expect(await explainer.hash()).toBe('');
  await explainer.expectView('quotes');
  await expect(explainer.notice()).toHaveCount(0);
  explainer.expectNoErrors();
});
