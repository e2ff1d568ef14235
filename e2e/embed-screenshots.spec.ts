// Screenshots of the embedded widget for people to look at (not compared), in
// e2e/screenshots/ (ignored by git) and attached to the report: the demo article
// (/demo.html: one iframe and two inline instances) full page, light and dark, at
// each project's width, named embed-demo-<project>-<scheme>.png; the same page
// while the Wasm is still on its way (embed-demo-loading-<project>-light.png), to
// judge what a reader sees first; and inline.html?hostile (a host stylesheet that
// does its worst), embed-inline-hostile-<project>-<scheme>.png. Every widget is
// live (and the iframe fitted to its content) before a shot. What each picture
// shows is also checked where it can be measured: the host page never scrolls
// sideways, and the inline widgets keep within their placeholders however hostile
// the host's stylesheet.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Route } from '@playwright/test';
import { type EmbeddedWidget, type HostPage, expect, test } from './fixtures/embed-host';
import { expectInside } from './fixtures/layout';

type Scheme = 'light' | 'dark';

/** Writes a full-page screenshot to e2e/screenshots/<name>-<project>-<scheme>.png and attaches it. */
async function shoot(host: HostPage, name: string, scheme: Scheme): Promise<void> {
  const { page, testInfo } = host;
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  // Park the pointer away from the widgets, so no hover state shows.
  await page.mouse.move(0, 0);
  const dir = path.join(testInfo.project.testDir, 'screenshots');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${name}-${testInfo.project.name}-${scheme}.png`);
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  await testInfo.attach(`${name}-${scheme}`, { path: file, contentType: 'image/png' });
}

/** The host page does not scroll sideways (what sticks out is named). */
async function expectNoSidewaysScroll(host: HostPage, what: string): Promise<void> {
  const overflow = await host.page.evaluate(() => {
    const root = document.documentElement;
    const offenders = [...document.body.querySelectorAll('*')]
      .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 0.5)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')}`);
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, offenders };
  });
  expect
    .soft(overflow.scrollWidth, `${what} scrolls sideways; sticking out: ${overflow.offenders.join(', ') || 'none'}`)
    .toBeLessThanOrEqual(overflow.clientWidth);
}

/** The demo's three widgets: the iframe and the two inline instances. */
function demoWidgets(host: HostPage): { frame: EmbeddedWidget; inline: EmbeddedWidget; sample: EmbeddedWidget } {
  return {
    frame: host.framed('explainer-frame'),
    inline: host.inline('explainer-inline'),
    sample: host.inline('explainer-sample'),
  };
}

/** Opens demo.html in `scheme` and waits until every widget is live and the iframe fits. */
async function openDemo(host: HostPage, scheme: Scheme): Promise<void> {
  await host.page.emulateMedia({ colorScheme: scheme });
  await host.page.goto('/demo.html');
  const { frame, inline, sample } = demoWidgets(host);
  // The iframe loads lazily: bring it near the viewport so it loads, as a reader's scrolling would.
  await host.iframe('explainer-frame').scrollIntoViewIfNeeded();
  await frame.waitUntilLive();
  // So do the inline widgets (embed.js fetches their Wasm near the viewport).
  await host.page.locator('#explainer-inline').scrollIntoViewIfNeeded();
  await inline.waitUntilLive();
  await sample.waitUntilLive();
  await expect(sample.headline()).toContainText('Riverton');
  await host.expectFrameFits(host.iframe('explainer-frame'), 'the demo iframe');
  await host.page.evaluate(() => scrollTo(0, 0));
}

for (const scheme of ['light', 'dark'] as const) {
  test(`screenshot for people to look at: demo.html with all three widgets live, ${scheme}, no sideways scroll`, async ({ host }) => {
    await openDemo(host, scheme);
    await shoot(host, 'embed-demo', scheme);
    // The shot shows what it says: the iframe's document sees the same scheme.
    const dark = await host
      .framed('explainer-frame')
      .scope.locator('body')
      .evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
    expect(dark).toBe(scheme === 'dark');
    await expectNoSidewaysScroll(host, `demo.html (${scheme})`);
    host.expectNoErrors();
  });

  test(`screenshot for people to look at: inline.html?hostile, both inline widgets live, ${scheme}, each inside its placeholder`, async ({
    host,
  }) => {
    await host.page.emulateMedia({ colorScheme: scheme });
    await host.goto('inline.html?hostile');
    const first = host.inline('first');
    const second = host.inline('second');
    await first.waitUntilLive();
    await second.waitUntilLive();
    await expect(second.headline()).toContainText('Riverton');
    await shoot(host, 'embed-inline-hostile', scheme);
    for (const [placeholder, widget] of [
      ['first', first],
      ['second', second],
    ] as const) {
      await expectInside(
        host.page.locator(`#${placeholder}`),
        { 'the widget': widget.widget(), 'its headline': widget.headline(), 'its tabs': widget.tab('quotes') },
        `#${placeholder} on a hostile page`,
      );
    }
    await expectNoSidewaysScroll(host, `inline.html?hostile (${scheme})`);
    host.expectNoErrors();
  });
}

test('screenshot for people to look at: demo.html while the Wasm is still loading, light, the iframe within the page', async ({ host }) => {
  // Hold the Wasm back until the shot is taken: what does a reader see first?
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let held = 0;
  await host.page.route(
    (url) => url.pathname.endsWith('.wasm'),
    async (route: Route) => {
      held++;
      await released;
      await route.continue();
    },
  );
  await host.page.emulateMedia({ colorScheme: 'light' });
  await host.page.goto('/demo.html');
  await host.iframe('explainer-frame').scrollIntoViewIfNeeded();
  // The inline loader and the iframe's widget page have both asked for the Wasm.
  await expect.poll(() => held, { message: 'requests for the Wasm held back' }).toBeGreaterThanOrEqual(2);
  await host.page.evaluate(() => scrollTo(0, 0));
  await shoot(host, 'embed-demo-loading', 'light');
  await expectNoSidewaysScroll(host, 'demo.html while the Wasm loads');
  await expectInside(
    host.page.locator('#explainer-frame'),
    { 'the iframe': host.iframe('explainer-frame') },
    'the iframe while the Wasm loads',
  );
  // For the person looking: how tall each inline placeholder is before its widget mounts.
  const heights = await host.page.evaluate(() =>
    ['explainer-inline', 'explainer-sample'].map(
      (id) => `#${id}: ${Math.round(document.getElementById(id)!.getBoundingClientRect().height)} px`,
    ),
  );
  host.testInfo.annotations.push({ type: 'inline placeholders while the Wasm loads', description: heights.join(', ') });
  release();
  const { frame, inline, sample } = demoWidgets(host);
  await frame.waitUntilLive();
  // So do the inline widgets (embed.js fetches their Wasm near the viewport).
  await host.page.locator('#explainer-inline').scrollIntoViewIfNeeded();
  await inline.waitUntilLive();
  await sample.waitUntilLive();
  host.expectNoErrors();
});
