// Screenshots of each view for a person to look at (e2e/screenshots/, ignored by
// git): the Quotes view with one card expanded, the Deal tracker with one history
// open, the Article text, and the notice for an unknown link; at each project's
// width (desktop 1280, phone 375), light and dark. Named
// <view>-<project>-<scheme>.png. The views are opened by clicking, as a reader
// would, so no focus ring or flash is caught mid-way.
import { type ExplainerPage, expect, test } from './fixtures/explainer-page';

const VIEWS: { name: string; open: (e: ExplainerPage) => Promise<void> }[] = [
  {
    name: 'quotes',
    open: async (e) => {
      await e.goto();
      await e.quotes.card('long-overdue').expand();
    },
  },
  {
    name: 'tracker',
    open: async (e) => {
      await e.goto();
      await e.showView('tracker');
      await e.tracker.item('formal-agreement').openHistory();
    },
  },
  {
    name: 'source',
    open: async (e) => {
      await e.goto();
      await e.showView('source');
    },
  },
  {
    name: 'notice',
    open: async (e) => {
      await e.goto('quote-no-such-quote');
      await expect(e.notice()).toBeVisible();
    },
  },
];

for (const { name, open } of VIEWS) {
  test(`screenshot: ${name}, light and dark`, async ({ explainer, page }) => {
    await open(explainer);
    // Park the pointer away from the widget, so no hover state shows.
    await page.mouse.move(0, 0);
    for (const scheme of ['light', 'dark'] as const) {
      await explainer.screenshot(name, scheme);
    }
    explainer.expectNoErrors();
  });
}
