// An unchanged file costs a 304 (README "A returning reader"): back on the tab,
// the widget asks for its `?src=` file again with If-None-Match (the ETag the
// test server, e2e/serve-dist.mjs, sent with it), the server answers 304 Not
// Modified, and nothing in the widget changes: not a node, not the live region.
// This is the real server's conditional path, not a routed answer.
import { EmbeddedWidget, expect, test } from './fixtures/embed-host';
import { returnToTab } from './fixtures/returning-reader';

const FILE = '/sample-explainer.json';

test('back on the tab, an unchanged file is asked for with If-None-Match, answered 304, and changes nothing', async ({
  page,
}) => {
  await page.clock.install();
  const first = page.waitForResponse((r) => new URL(r.url()).pathname === FILE);
  await page.goto(`/?src=${FILE}`);
  const etag = (await first).headers()['etag'];
  expect(etag, 'the server sends an ETag').toBeTruthy();
  const widget = new EmbeddedWidget(page.locator('#explainer'));
  await widget.waitUntilLive();
  await widget.quotes.card('careful-budget').expand();
  const before = await widget.widget().evaluate((el) => el.outerHTML);

  await page.clock.fastForward('01:01');
  const refresh = page.waitForResponse((r) => new URL(r.url()).pathname === FILE);
  await returnToTab(page);
  const response = await refresh;
  expect(await response.request().headerValue('if-none-match')).toBe(etag);
  expect(response.status()).toBe(304);

  // Give a change, were there one, the time to render.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  expect(await widget.widget().evaluate((el) => el.outerHTML), 'the widget is untouched').toBe(before);
});
