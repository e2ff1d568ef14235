// Screenshots of each view for a person to look at (e2e/screenshots/, ignored by
// git; nothing compares the pictures): the Quotes view with one card expanded, the
// Deal tracker with one history open, the Article text, and the notice for an
// unknown link; at each project's width (desktop 1280, phone 375), light and
// dark. Named <view>-<project>-<scheme>.png. The views are opened by clicking, as
// a reader would, so no focus ring or flash is caught mid-way. Each view also
// checks the layout the picture shows (fixtures/layout.ts): nothing scrolls
// sideways, and the parts of what it opened neither overlap nor stick out.
import { type ExplainerPage, expect, test } from './fixtures/explainer-page';
import { expectInside, expectNoOverlap } from './fixtures/layout';

const VIEWS: { name: string; open: (e: ExplainerPage) => Promise<void>; check: (e: ExplainerPage) => Promise<void> }[] =
  [
    {
      name: 'quotes',
      open: async (e) => {
        await e.goto();
        await e.quotes.card('long-overdue').expand();
      },
      check: async (e) => {
        const card = e.quotes.card('long-overdue').root();
        const parts = {
          'the quote': card.locator('.quote-card__text'),
          'the speaker': card.locator('.quote-card__speaker'),
          'the chevron': card.locator('.quote-card__chevron'),
          'the details': card.locator('.quote-card__details'),
        };
        await expectNoOverlap(parts, 'the expanded card');
        await expectInside(card, parts, 'the expanded card');
      },
    },
    {
      name: 'tracker',
      open: async (e) => {
        await e.goto();
        await e.showView('tracker');
        await e.tracker.item('formal-agreement').openHistory();
      },
      check: async (e) => {
        const item = e.tracker.item('formal-agreement');
        const parts = {
          'the status badge': item.root().locator('.deal-item__head .status-badge'),
          'the title': item.root().locator('.deal-item__title'),
          'the summary': item.root().locator('.deal-item__summary'),
          'the history toggle': item.historyToggle(),
          'the history': item.history(),
        };
        await expectNoOverlap(parts, 'the tracker item with its history open');
        await expectInside(item.root(), parts, 'the tracker item with its history open');
      },
    },
    {
      name: 'source',
      open: async (e) => {
        await e.goto();
        await e.showView('source');
      },
      check: async (e) => {
        const article = e.source.article();
        const marks = await article.locator('mark').all();
        expect(marks.length).toBeGreaterThan(0);
        await expectInside(
          article,
          Object.fromEntries(marks.map((mark, i) => [`highlight ${i + 1}`, mark])),
          'the article text',
        );
      },
    },
    {
      name: 'notice',
      open: async (e) => {
        await e.goto('quote-no-such-quote');
        await expect(e.notice()).toBeVisible();
      },
      check: async (e) => {
        const parts = { 'the message': e.notice().locator('.notice__message'), 'the dismiss button': e.noticeDismissButton() };
        await expectNoOverlap(parts, 'the notice');
        await expectInside(e.notice(), parts, 'the notice');
      },
    },
  ];

for (const { name, open, check } of VIEWS) {
  test(`screenshots for people to look at: ${name}, light and dark, laid out without overlaps`, async ({
    explainer,
    page,
  }) => {
    await open(explainer);
    await check(explainer);
    await explainer.expectNoHorizontalScroll(`the ${name} view`);
    // Park the pointer away from the widget, so no hover state shows.
    await page.mouse.move(0, 0);
    for (const scheme of ['light', 'dark'] as const) {
      await explainer.screenshot(name, scheme);
    }
    explainer.expectNoErrors();
  });
}
