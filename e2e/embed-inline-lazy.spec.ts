// An inline widget waits for its reader: on a long article with the widget far
// below the fold, only embed.js and the widget's CSS are fetched at load; the
// glue and the Wasm come when the reader scrolls within about two screens of it
// (or reaches its placeholder from the keyboard), and it goes live there, before
// it is in view, so the text above it does not move.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/embed-host';

/** Every URL the page requested so far, recorded from the start. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

const isWidgetCode = (url: string) => /\.wasm$|\/news-explainer-[\w-]+\.js$/.test(url);

/**
 * Resolves once an IntersectionObserver made now on the placeholder has had its
 * first report. embed.js makes its own in the same task as the shadow root
 * (call this after that is there), and observers report in the order they were
 * made: so embed.js has had its first report too, the positive event before a
 * check that nothing was fetched. The report is also checked to say "not near".
 */
async function embedObserverReported(page: Page, placeholder: string): Promise<void> {
  const near = await page.locator(placeholder).evaluate(
    (el) =>
      new Promise<boolean>((done) => {
        const observer = new IntersectionObserver(
          (entries) => {
            observer.disconnect();
            done(entries.some((e) => e.isIntersecting));
          },
          { rootMargin: '200% 0px' },
        );
        observer.observe(el);
      }),
  );
  expect(near, 'the placeholder starts out of reach').toBe(false);
}

test('the Wasm is fetched only when the reader comes near the widget', async ({ host, page }) => {
  const requests = recordRequests(page);
  await host.goto('inline-below.html');
  const widget = host.inline('below');
  // embed.js has run (the shadow root is there) and the page has drawn frames.
  await expect.poll(() => page.locator('#below').evaluate((el) => el.shadowRoot !== null)).toBe(true);
  await page.waitForLoadState('load');
  await embedObserverReported(page, '#below');
  expect(requests.filter(isWidgetCode)).toEqual([]);
  await expect(widget.widget()).toHaveCount(0);
  await expect(page.locator('#below a')).toBeVisible(); // the fallback link shows meanwhile

  // A screen and a half above the widget: near enough to load, not yet in view.
  const above = page.locator('#before-widget');
  const viewport = page.viewportSize()!.height;
  await page.evaluate((viewport) => {
    const top = document.getElementById('below')!.getBoundingClientRect().top + scrollY;
    scrollTo(0, top - viewport * 2.5);
  }, viewport);
  const topBefore = await above.evaluate((el) => el.getBoundingClientRect().top);
  await widget.waitUntilLive();
  expect(requests.filter((url) => url.endsWith('.wasm'))).toHaveLength(1);
  await expect(widget.widget()).not.toBeInViewport();
  // The widget grew below the reader's view: the text above it did not move.
  expect(await above.evaluate((el) => el.getBoundingClientRect().top)).toBe(topBefore);
});

test('reaching the placeholder from the keyboard loads the widget', async ({ host, page }) => {
  const requests = recordRequests(page);
  await host.goto('inline-below.html');
  const widget = host.inline('below');
  await expect.poll(() => page.locator('#below').evaluate((el) => el.shadowRoot !== null)).toBe(true);
  await embedObserverReported(page, '#below');
  expect(requests.filter(isWidgetCode)).toEqual([]);
  await page.locator('#below a').focus();
  await widget.waitUntilLive();
});

test('a deep link loads the widget at once, wherever it is', async ({ host, page }) => {
  const requests = recordRequests(page);
  const wasm = page.waitForRequest((request) => request.url().endsWith('.wasm'));
  await host.goto('inline-below.html#quote-long-overdue');
  // Asked for without the reader scrolling (the widget scrolls to the quote once live).
  await wasm;
  await host.inline('below').waitUntilLive();
  await expect(page.locator('#quote-long-overdue')).toBeInViewport();
  expect(requests.filter((url) => url.endsWith('.wasm'))).toHaveLength(1);
});

test('an iframe embed loads lazily, but at once on a deep link', async ({ host, page }) => {
  await host.goto('iframe.html');
  await expect(host.iframe()).toHaveAttribute('loading', 'lazy');
  // A new document, not a same-document jump to the fragment.
  await page.goto('about:blank');
  await host.goto('iframe.html#quote-long-overdue');
  await expect(host.iframe()).toHaveAttribute('src', /embed=/);
  await expect(host.iframe()).not.toHaveAttribute('loading', 'lazy');
  await host.framed().waitUntilLive();
});
