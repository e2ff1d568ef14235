// Engagement events (docs/EMBEDDING.md "Events"): a reader's actions reach the
// host page as `news-explainer:quote-expanded` {quote}, `…:view-changed` {view}
// and `…:link-copied` {fragment, url} CustomEvents on the placeholder element,
// inline (composed out of the shadow root) and in an iframe (re-dispatched by
// embed.js), one event per action, each instance on its own placeholder. And no
// cookies, no web storage but the widget's documented record of what the reader
// saw (README "A returning reader"), no request to anything but the widget's own origin.
import type { BrowserContext, Page } from '@playwright/test';
import { type EmbeddedWidget, type HostPage, type RecordedEvent, expect, test } from './fixtures/embed-host';

/** An event as the test compares it: without where inside the widget it started. */
type Seen = Pick<RecordedEvent, 'name' | 'placeholder' | 'detail'>;

async function seen(host: HostPage): Promise<Seen[]> {
  return (await host.events()).map(({ name, placeholder, detail }) => ({ name, placeholder, detail }));
}

/** Waits until exactly `expected` (in order) have been recorded since the page loaded. */
async function expectEvents(host: HostPage, expected: Seen[], when: string): Promise<void> {
  await expect.poll(() => seen(host), { message: `events after ${when}` }).toEqual(expected);
}

async function grantClipboard(context: BrowserContext, page: Page): Promise<void> {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
}

/**
 * Expands a quote, switches to the tracker, then copies the quote's link, checking
 * the events after each action. Returns the three events.
 */
async function act(
  host: HostPage,
  file: string,
  widget: EmbeddedWidget,
  placeholder: string,
  slug: string,
): Promise<Seen[]> {
  const before = await seen(host);
  const card = widget.quotes.card(slug);
  await card.expand();
  const expanded: Seen = { name: 'quote-expanded', placeholder, detail: { quote: slug } };
  await expectEvents(host, [...before, expanded], `expanding ${slug} in #${placeholder}`);

  await card.copyLinkButton().click();
  await expect(widget.announcer()).toHaveText('Link copied to the clipboard.');
  const fragment = `#quote-${slug}`;
  const copied: Seen = {
    name: 'link-copied',
    placeholder,
    // Copied links lead to the host article (without its own fragment), at the quote.
    detail: { fragment, url: host.url(file) + fragment },
  };
  await expectEvents(host, [...before, expanded, copied], `copying the link in #${placeholder}`);
  expect(await host.page.evaluate(() => navigator.clipboard.readText()), 'what is on the clipboard').toBe(
    copied.detail.url,
  );

  await widget.tab('tracker').click();
  await expect(widget.tab('tracker')).toHaveAttribute('aria-selected', 'true');
  const changed: Seen = { name: 'view-changed', placeholder, detail: { view: 'tracker' } };
  await expectEvents(host, [...before, expanded, copied, changed], `switching #${placeholder} to the tracker`);
  return [expanded, copied, changed];
}

test('inline: quote-expanded, link-copied and view-changed reach the host on each placeholder', async ({
  host,
  context,
  page,
}) => {
  await host.goto('inline.html');
  await grantClipboard(context, page);
  const first = host.inline('first');
  const second = host.inline('second');
  await first.waitUntilLive();
  await second.waitUntilLive();
  await expectEvents(host, [], 'loading (nothing done yet)');

  const fromFirst = await act(host, 'inline.html', first, 'first', 'long-overdue');
  // The second instance (other content) speaks for itself, on its own placeholder.
  const fromSecond = await act(host, 'inline.html', second, 'second', 'careful-budget');
  await expectEvents(host, [...fromFirst, ...fromSecond], 'acting in both instances');

  // The event's target is the placeholder, and it started inside the widget's shadow root.
  const events = await host.events();
  expect(events.map((e) => e.startedIn)).toEqual(events.map((e) => `shadow root of #${e.placeholder}`));
  // Inline instances never write the host's URL (docs: fragments and links).
  expect(new URL(page.url()).hash).toBe('');
  host.expectNoErrors();
});

test('inline: switching back to quotes and to the article text fires view-changed each time', async ({ host }) => {
  await host.goto('inline.html');
  const first = host.inline('first');
  await first.waitUntilLive();
  for (const view of ['source', 'quotes', 'tracker'] as const) {
    await first.tab(view).click();
    await expect(first.tab(view)).toHaveAttribute('aria-selected', 'true');
  }
  await expectEvents(
    host,
    ['source', 'quotes', 'tracker'].map((view) => ({ name: 'view-changed', placeholder: 'first', detail: { view } })),
    'three tab switches',
  );
  host.expectNoErrors();
});

test('iframe: the same events arrive on the #story placeholder through embed.js', async ({ host, context, page }) => {
  await host.goto('iframe.html');
  await grantClipboard(context, page);
  const widget = host.framed('story');
  await widget.waitUntilLive();
  await expectEvents(host, [], 'loading (nothing done yet)');

  await act(host, 'iframe.html', widget, 'story', 'long-overdue');
  // The iframe's own URL is not written either.
  const frameUrl = await host.iframe('story').evaluate((f: HTMLIFrameElement) => f.contentWindow!.location.href);
  expect(new URL(frameUrl).hash).toBe('');
  expect(new URL(page.url()).hash).toBe('');
  host.expectNoErrors();
});

test('no cookies, no web storage but the documented record of what the reader saw, and no request leaves 127.0.0.1 (inline and iframe)', async ({
  host,
  context,
  page,
}) => {
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  for (const [file, widgets] of [
    ['inline.html', [host.inline('first'), host.inline('second')]],
    ['iframe.html', [host.framed('story')]],
  ] as const) {
    await host.goto(file);
    await grantClipboard(context, page);
    for (const widget of widgets) {
      await widget.waitUntilLive();
      // Use it a little: whatever a reader does may not phone home either.
      await widget.quotes.cards().first().locator('button.quote-card__toggle').click();
      await widget.tab('source').click();
      await expect(widget.tab('source')).toHaveAttribute('aria-selected', 'true');
    }
    // Web storage holds nothing but what README "A returning reader" documents:
    // one entry per explainer, of the day and the ids and statuses the reader
    // saw, none of it about the reader. (data-remember="off" stores nothing:
    // e2e/remember-off.spec.ts.)
    const storage = await page.evaluate(() => ({
      local: Object.entries(localStorage),
      session: sessionStorage.length,
    }));
    expect(storage.session, `session storage on ${file}`).toBe(0);
    for (const [key, value] of storage.local) {
      expect(key, `a localStorage key on ${file}`).toMatch(/^news-explainer:seen:/);
      const lines = value.trimEnd().split('\n');
      expect(lines[0], `the format of ${key}`).toBe('news-explainer seen 1');
      expect(lines[1], `the day of the visit in ${key}`).toMatch(/^visited \d{4}-\d{2}-\d{2}$/);
      for (const line of lines.slice(2)) {
        expect(line, `a fact in ${key}`).toMatch(/^(item [a-z0-9-]+ [a-z-]+|quote [a-z0-9-]+)$/);
      }
    }
    for (const frame of page.frames()) {
      expect(await frame.evaluate(() => document.cookie), `document.cookie in ${frame.url()}`).toBe('');
    }
  }
  expect(await context.cookies(), 'cookies in the browser context').toEqual([]);

  expect(requests.length, 'the pages did load something').toBeGreaterThan(5);
  const elsewhere = requests.filter((url) => {
    const { protocol, hostname } = new URL(url);
    return !(protocol === 'data:' || protocol === 'blob:' || (protocol === 'http:' && hostname === '127.0.0.1'));
  });
  expect(elsewhere, 'requests to anything but 127.0.0.1').toEqual([]);
  host.expectNoErrors();
});
