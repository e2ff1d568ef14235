// A plain iframe, no script on the host (docs/EMBEDDING.md "A plain iframe (no
// script)"), as e2e/pages/plain-iframe.html has it: `<iframe height=500>` of the
// widget page. The widget loads and goes live inside, the frame keeps its 500 px
// (nothing resizes it, even when the widget grows and says so), the widget's
// document scrolls inside the frame, quotes open, and a copied link, with no
// parentUrl to point at, is the widget page's own URL plus #quote-….
import { EmbeddedWidget, type HostPage, expect, test } from './fixtures/embed-host';

const SLUG = 'long-overdue';

/** Records, on the host page only, every `news-explainer:height` the widget posts. */
async function recordHeights(host: HostPage): Promise<void> {
  await host.page.addInitScript(() => {
    if (window.top !== window) return;
    const heights: number[] = [];
    (window as unknown as { __heights: number[] }).__heights = heights;
    addEventListener('message', (event) => {
      const data = event.data;
      if (data && typeof data === 'object' && data.type === 'news-explainer:height') heights.push(data.height);
    });
  });
}

async function heights(host: HostPage): Promise<number[]> {
  return host.page.evaluate(() => (window as unknown as { __heights: number[] }).__heights);
}

/** The iframe's inner height (its viewport), which height="500" sets. */
async function frameHeight(host: HostPage): Promise<number> {
  return host.page.locator('#plain').evaluate((frame: HTMLIFrameElement) => frame.clientHeight);
}

test('the widget goes live in a plain 500 px iframe, which keeps its height and scrolls inside', async ({ host }) => {
  await recordHeights(host);
  await host.goto('plain-iframe.html');
  const iframe = host.page.locator('#plain');
  const widget = new EmbeddedWidget(host.page.frameLocator('#plain'));
  await widget.waitUntilLive();
  await expect(iframe).toHaveAttribute('height', '500');
  // No loader on the page: the frame is as the CMS wrote it.
  await expect(iframe).not.toHaveAttribute('data-news-explainer-ready');
  await expect(iframe).toHaveAttribute('src', '/');
  expect(await frameHeight(host)).toBe(500);

  const frame = (await (await iframe.elementHandle())!.contentFrame())!;
  const inside = await frame.evaluate(() => ({
    scrollHeight: document.scrollingElement!.scrollHeight,
    clientHeight: document.scrollingElement!.clientHeight,
    overflowY: getComputedStyle(document.documentElement).overflowY,
  }));
  expect(inside.clientHeight, 'the widget page sees the 500 px frame as its viewport').toBe(500);
  expect(inside.scrollHeight, 'the widget is taller than the frame').toBeGreaterThan(500);
  expect(inside.overflowY).not.toBe('hidden');

  // The reader scrolls the widget inside the frame (the wheel over the frame).
  const box = (await iframe.boundingBox())!;
  await host.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await host.page.mouse.wheel(0, 300);
  await expect
    .poll(() => frame.evaluate(() => scrollY), { message: 'the widget scrolled inside its frame' })
    .toBeGreaterThan(0);
  expect(await frameHeight(host)).toBe(500);
  host.expectNoErrors();
});

test('in a plain iframe a quote opens and the frame stays 500 px though the widget reports its growth', async ({
  host,
}) => {
  await recordHeights(host);
  await host.goto('plain-iframe.html');
  const widget = new EmbeddedWidget(host.page.frameLocator('#plain'));
  await widget.waitUntilLive();
  // Without parentUrl the widget still posts its height (to '*'), for AMP-like hosts.
  await expect.poll(() => heights(host), { message: 'a height message on load' }).not.toEqual([]);
  const before = (await heights(host)).at(-1)!;

  await widget.quotes.card(SLUG).expand();
  // Wait for the widget to report the taller content: only then would anything resize.
  await expect
    .poll(async () => (await heights(host)).at(-1), { message: 'a height message after opening the card' })
    .toBeGreaterThan(before);
  expect(await frameHeight(host), 'nothing on the host resizes the frame').toBe(500);
  // The frame's own URL is not written (no #quote-… in it).
  const frameUrl = await host.page.locator('#plain').evaluate((f: HTMLIFrameElement) => f.contentWindow!.location.href);
  expect(frameUrl).toBe(new URL('/', host.page.url()).href);
  host.expectNoErrors();
});

test('in a plain iframe a copied link is the widget page\'s own URL plus #quote-…', async ({ host }) => {
  await host.goto('plain-iframe.html');
  const copied = await host.copyQuoteLink(new EmbeddedWidget(host.page.frameLocator('#plain')), SLUG);
  // The widget page is the iframe's src, "/", on the test server.
  expect(copied).toBe(new URL(`/#quote-${SLUG}`, host.page.url()).href);
  expect(copied).not.toContain('plain-iframe.html');
  host.expectNoErrors();
});
