// A link that matches nothing in the explainer (an unknown quote, a fragment that
// is not one of ours, a malformed id) shows a polite, dismissible notice naming
// it, and the default view; nothing is thrown or logged.
import { expect, test } from './fixtures/explainer-page';

// [the fragment as linked, as the notice shows it (percent-decoded)]
const UNKNOWN: [string, string][] = [
  ['#quote-no-such-quote', '#quote-no-such-quote'],
  ['#nonsense', '#nonsense'],
  ['#deal-Bad%20Id', '#deal-Bad Id'],
];

for (const [fragment, shown] of UNKNOWN) {
  test(`a fresh load at ${fragment} shows a dismissible notice and the Quotes view`, async ({ explainer }) => {
    await explainer.goto(fragment);

    const notice = explainer.notice();
    await expect(notice).toBeVisible();
    // The notice sits in a live region that is always in the page, so screen
    // readers announce it when it appears.
    await expect(explainer.noticeRegion()).toHaveAttribute('role', 'status');
    await expect(explainer.noticeRegion().locator('.notice')).toHaveCount(1);
    await expect(notice).toContainText(`“${shown}”`);
    await expect(notice).toContainText('does not match anything in this explainer');
    await explainer.expectView('quotes');
    await expect(explainer.quotes.expandedToggles()).toHaveCount(0);

    await explainer.noticeDismissButton().click();

    await expect(notice).toHaveCount(0);
    // Focus is not dropped on <body>: it goes to the open view's tab.
    await expect(explainer.tab('quotes')).toBeFocused();
    await explainer.expectView('quotes');
    explainer.expectNoErrors();
  });
}

test('an unknown fragment set after load, from another view, also gives the notice and the Quotes view', async ({
  explainer,
}) => {
  await explainer.goto();
  await explainer.showView('tracker');

  await explainer.setHash('quote-no-such-quote');

  await expect(explainer.notice()).toContainText('“#quote-no-such-quote”');
  await explainer.expectView('quotes');

  // A valid link afterwards clears the notice.
  await explainer.setHash('quote-long-overdue');
  await expect(explainer.notice()).toHaveCount(0);
  await explainer.quotes.card('long-overdue').expectExpanded();
  explainer.expectNoErrors();
});
