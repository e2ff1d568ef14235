// Links into the widget, on a fresh page load: each fragment form opens the right
// view, expands what it names, scrolls it into view, focuses it and flashes it.
import type { Locator } from '@playwright/test';
import { type ExplainerPage, type ViewId, expect, test } from './fixtures/explainer-page';

interface Case {
  fragment: string;
  view: ViewId;
  /** The element the link lands on (focused, in view, flashed). */
  target: (e: ExplainerPage) => Locator;
  /** What else must hold once it has landed. */
  also?: (e: ExplainerPage) => Promise<void>;
}

const CASES: Case[] = [
  {
    fragment: 'quote-next-time-in-moscow',
    view: 'quotes',
    target: (e) => e.quotes.card('next-time-in-moscow').root(),
    also: async (e) => {
      await e.quotes.card('next-time-in-moscow').expectExpanded();
      await expect(e.quotes.expandedToggles()).toHaveCount(1);
    },
  },
  {
    fragment: 'deal-formal-agreement',
    view: 'tracker',
    target: (e) => e.tracker.item('formal-agreement').root(),
    also: async (e) => {
      await e.tracker.item('formal-agreement').expectHistoryOpen();
      await expect(e.page.locator('#deal-formal-agreement-history')).toBeVisible();
    },
  },
  {
    fragment: 'source',
    view: 'source',
    target: (e) => e.source.article(),
  },
  {
    fragment: 'source-long-overdue',
    view: 'source',
    target: (e) => e.source.quoteMark('long-overdue'),
    also: async (e) => {
      await expect(e.page.locator('mark#source-long-overdue')).toHaveText('long overdue');
    },
  },
  {
    fragment: 'source-formal-agreement-evidence-1',
    view: 'source',
    target: (e) => e.source.passageMark('formal-agreement-evidence-1'),
    also: async (e) => {
      const mark = e.page.locator('mark#source-formal-agreement-evidence-1');
      await expect(mark).toHaveAttribute('data-deal', 'formal-agreement');
      await expect(mark).toHaveText('produced no formal agreements');
    },
  },
];

for (const { fragment, view, target, also } of CASES) {
  test(`a fresh load at #${fragment} opens the ${view} view at its target`, async ({ explainer }) => {
    await explainer.goto(fragment);

    await explainer.expectView(view);
    const landed = target(explainer);
    await expect(landed).toHaveId(fragment);
    await expect(landed, `#${fragment} is focused (focus is on ${await explainer.describeActiveElement()})`).toBeFocused();
    await expect(landed).toBeInViewport();
    await explainer.expectFlashed(landed);
    await also?.(explainer);
    await expect(explainer.notice()).toHaveCount(0);
    expect(await explainer.hash()).toBe(`#${fragment}`);
    explainer.expectNoErrors();
  });
}
