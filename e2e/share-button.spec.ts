// "Share" on a card, where the browser has navigator.share (README "What a reader
// gets"): it opens the system share sheet with the explainer's headline and the
// quote's absolute URL (in an iframe, the host article's); where the browser has
// no navigator.share, there is no Share button. The share sheet is stubbed: the
// stub records what it was called with.
import type { Page } from '@playwright/test';
import { expect as hostExpect, test as hostTest } from './fixtures/embed-host';
import { CONTENT as content } from './fixtures/content';
import { expect, test } from './fixtures/explainer-page';

const SLUG = 'number-of-agreements';

/** Replaces navigator.share, in the page and its frames, with a recorder. */
async function stubShare(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const calls: ShareData[] = [];
    (window as unknown as { __shared: ShareData[] }).__shared = calls;
    Object.defineProperty(Navigator.prototype, 'share', {
      configurable: true,
      value: async (data: ShareData) => {
        calls.push({ ...data });
      },
    });
  });
}

test('Share hands the headline and the absolute URL of the quote to navigator.share', async ({ explainer, page }) => {
  await stubShare(page);
  await explainer.goto();
  const card = explainer.quotes.card(SLUG);
  await card.expand();
  await card.root().getByRole('button', { name: 'Share', exact: true }).click();
  const origin = new URL(page.url()).origin;
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared))
    .toEqual([{ title: content.article.headline, url: `${origin}/#quote-${SLUG}` }]);
  explainer.expectNoErrors();
});

test('without navigator.share a card has no Share button', async ({ explainer, page }) => {
  await page.addInitScript(() => delete (Navigator.prototype as { share?: unknown }).share);
  await explainer.goto();
  const card = explainer.quotes.card(SLUG);
  await card.expand();
  await expect(card.copyLinkButton()).toBeVisible();
  await expect(card.root().getByRole('button', { name: 'Share', exact: true })).toHaveCount(0);
  explainer.expectNoErrors();
});

hostTest('in an iframe, Share hands over the host article URL with #quote-<slug>', async ({ host, page }) => {
  await stubShare(page);
  await host.goto('iframe.html');
  const widget = host.framed('story');
  await widget.waitUntilLive();
  const card = widget.quotes.card(SLUG);
  await card.expand();
  await card.root().getByRole('button', { name: 'Share', exact: true }).click();
  const frame = (await host.iframe('story').elementHandle())!.contentFrame();
  await hostExpect
    .poll(async () => (await frame)!.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared))
    .toEqual([{ title: content.article.headline, url: host.url(`iframe.html#quote-${SLUG}`) }]);
  host.expectNoErrors();
});
