// Nobody else's words on the newsroom's address (docs/EMBEDDING.md "Which
// addresses are loaded"): ?src= on the widget's own pages loads only from the
// page's origin and the origins the newsroom listed
// (<meta name="explainer-content-origins">); data: and other schemes never load,
// inline data-src included. A refusal shows the widget's error box naming what
// was refused and how a newsroom allows a site, requests nothing, and no Embed
// panel offers the refused or foreign content as data-src.
import type { Page } from '@playwright/test';
import { EmbeddedWidget, expect, test } from './fixtures/embed-host';
import { HEADLINE } from './fixtures/explainer-page';
import { FAKE_HEADLINE, OtherOrigin, fakeExplainer, serveListingOrigins } from './fixtures/other-origin';

const SAMPLE_HEADLINE = 'Sample: Riverton council delays its budget vote over library hours';

let other: OtherOrigin;
test.beforeAll(async () => {
  other = await OtherOrigin.start();
});
test.beforeEach(() => {
  other.requests.length = 0;
});
test.afterAll(async () => {
  await other.stop();
});

/** The widget on its own page (`#explainer`), whatever it shows. */
function standalone(page: Page): EmbeddedWidget {
  return new EmbeddedWidget(page.locator('#explainer'));
}

/**
 * A page that route.fulfill() answered has no address, so Chromium counts it
 * as public and asks permission before it reaches the loopback address the
 * other origin listens on; two real sites on the web would need none.
 */
async function allowLoopback(page: Page): Promise<void> {
  await page.context().grantPermissions(['local-network-access']);
}

/** Text for a single-quoted HTML attribute. */
function attribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/'/g, '&#39;');
}

/** `page` with `?src=` set to `src`, percent-encoded. */
function withSrc(page: string, src: string): string {
  return `${page}?src=${encodeURIComponent(src)}`;
}

/**
 * The refusal: one alert with `text`, no Try again, nothing of the refused
 * content or of the default, and no Embed panel.
 */
async function expectRefused(widget: EmbeddedWidget, text: (string | RegExp)[]): Promise<void> {
  const alert = widget.scope.getByRole('alert');
  await expect(alert, 'one message, as an alert').toHaveCount(1);
  await expect(alert).toBeVisible();
  await expect(widget.loadError()).toContainText('This explainer was not loaded');
  for (const t of text) await expect(widget.loadError()).toContainText(t);
  await expect(widget.scope.getByText(FAKE_HEADLINE), 'the refused content is not shown').toHaveCount(0);
  await expect(widget.scope.getByText(HEADLINE), 'nor the default content').toHaveCount(0);
  await expect(widget.quotes.cards()).toHaveCount(0);
  await expect(widget.retryButton(), 'nothing to try again').toHaveCount(0);
  await expect(widget.embedButton(), 'no embed codes').toHaveCount(0);
}

test('?src=data:… is refused by its scheme, not shown', async ({ page, host }) => {
  const src = `data:application/json,${fakeExplainer()}`;
  await page.goto(withSrc('/', src));
  const widget = standalone(page);
  await expectRefused(widget, ['starts with “data:”', 'http: or https:']);
  // The message names the scheme, never the address: that would repeat the invented text.
  await expect(widget.loadError()).not.toContainText('president');
  host.expectNoErrors();
});

test('?src= on another origin is refused by name, with how to allow it, and never requested', async ({
  page,
  host,
  baseURL,
}) => {
  const ownOrigin = new URL(baseURL!).origin;
  await page.goto(withSrc('/', other.url('/fake.json')));
  const widget = standalone(page);
  await expectRefused(widget, [
    `another site, ${other.origin},`,
    `its own site, ${ownOrigin},`,
    'explainer build --allow-src-origin',
  ]);
  // Scheme-relative, the same site.
  await page.goto(withSrc('/', `//${new URL(other.origin).host}/fake.json`));
  await expectRefused(widget, [`another site, ${other.origin},`]);
  expect(other.requests, 'a refused address is not fetched').toEqual([]);
  host.expectNoErrors();
});

test('a share page refuses ?src= on another origin and data: alike', async ({ page, host }) => {
  const share = '/quote/next-time-in-moscow/';
  await page.goto(withSrc(share, other.url('/fake.json')));
  const widget = standalone(page);
  await expectRefused(widget, [`another site, ${other.origin},`]);
  await page.goto(withSrc(share, `data:application/json,${fakeExplainer()}`));
  await expectRefused(widget, ['starts with “data:”']);
  expect(other.requests).toEqual([]);
  host.expectNoErrors();
});

test('an iframe embed whose data-src is on another origin shows the refusal in the frame', async ({
  page,
  host,
}) => {
  await page.route(
    (url) => url.pathname === '/e2e-pages/iframe-foreign-src.html',
    (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head><title>Host</title></head><body>
          <div id="story" data-news-explainer="iframe" data-src="${other.url('/fake.json')}"><a href="/">Open</a></div>
          <script src="/embed.js" async></script></body></html>`,
      }),
  );
  await host.goto('iframe-foreign-src.html');
  await expectRefused(host.framed('story'), [`another site, ${other.origin},`]);
  expect(other.requests).toEqual([]);
});

test('an origin the newsroom listed loads, and its codes carry it as data-src', async ({ page, host }) => {
  // The page as `explainer build --allow-src-origin <other origin>` writes it.
  await allowLoopback(page);
  await serveListingOrigins(page, `https://unused.example ${other.origin}/`);
  await page.goto(withSrc('/', other.url('/listed.json')));
  const widget = standalone(page);
  await widget.waitUntilLive();
  await expect(widget.headline()).toHaveText(FAKE_HEADLINE);
  await expect(widget.scope.getByRole('alert')).toHaveCount(0);
  expect(other.requests).toEqual(['/listed.json']);
  await widget.embedButton().click();
  for (const field of await widget.scope.locator('#embed-codes textarea').all()) {
    await expect(field).toHaveValue(new RegExp(` data-src="${other.url('/listed.json')}"`));
  }
  host.expectNoErrors();
});

test('inline: a host page may choose data-src on any web origin, but never data:, and no code offers foreign content', async ({
  page,
  host,
}) => {
  await page.route(
    (url) => url.pathname === '/e2e-pages/inline-foreign-src.html',
    (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head><title>Host</title></head><body>
          <div id="foreign" data-news-explainer="inline" data-src="${other.url('/chosen.json')}"><a href="/">Open</a></div>
          <div id="inline-data" data-news-explainer="inline" data-src='data:application/json,${attribute(fakeExplainer())}'><a href="/">Open</a></div>
          <div id="own" data-news-explainer="inline" data-src="/sample-explainer.json"><a href="/">Open</a></div>
          <script src="/embed.js" async></script></body></html>`,
      }),
  );
  await allowLoopback(page);
  await host.goto('inline-foreign-src.html');

  // The host chose it: it loads.
  const foreign = host.inline('foreign');
  await foreign.waitUntilLive();
  await expect(foreign.headline()).toHaveText(FAKE_HEADLINE);
  expect(other.requests).toEqual(['/chosen.json']);
  // But the widget's page would refuse it as ?src=: no embed code offers it.
  await expect(foreign.embedButton()).toHaveCount(0);
  await expect(foreign.scope.locator('textarea')).toHaveCount(0);

  await expectRefused(host.inline('inline-data'), ['starts with “data:”']);

  // Content on the widget's own origin still gets its codes, with data-src.
  const own = host.inline('own');
  await own.waitUntilLive();
  await expect(own.headline()).toHaveText(SAMPLE_HEADLINE);
  await own.embedButton().click();
  await expect(own.scope.locator('textarea').first()).toHaveValue(/ data-src="http:\/\/127\.0\.0\.1:\d+\/sample-explainer\.json"/);
  host.expectNoErrors();
});
