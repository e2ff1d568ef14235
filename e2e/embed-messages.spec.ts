// Both ends of the iframe protocol accept only what they expect: the loader
// ignores messages from another origin or window and malformed payloads; the
// widget ignores a "navigate" from anything but its parent.
import { expect, test } from './fixtures/embed-host';

// Another origin, served by Playwright: a frame that tries its luck.
const FOREIGN = 'http://foreign.test/evil.html';

test('the loader ignores messages from a foreign origin and malformed payloads', async ({ host, page }) => {
  await page.route(FOREIGN, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>foreign</title><p>foreign</p>' }),
  );
  await host.goto('iframe.html');
  const iframe = host.iframe('story');
  const widget = host.framed('story');
  await widget.waitUntilLive();
  await host.expectFrameFits(iframe, 'after loading');
  const scrollBefore = await page.evaluate(() => scrollY);
  // Every height the iframe is given from now on.
  const applied = await host.recordFrameHeights('story');

  // A foreign frame on the host page posts well-formed messages for our embed.
  await page.evaluate((src) => {
    const frame = document.createElement('iframe');
    frame.id = 'foreign';
    frame.src = src;
    document.body.append(frame);
    return new Promise((resolve) => frame.addEventListener('load', resolve));
  }, FOREIGN);
  const foreign = page.frame({ url: FOREIGN })!;
  await foreign.evaluate(() => {
    for (const message of [
      { type: 'news-explainer:height', embed: 'story', height: 40 },
      { type: 'news-explainer:scroll', embed: 'story', top: 5000 },
      { type: 'news-explainer:event', embed: 'story', name: 'quote-expanded', detail: { quote: 'forged' } },
    ]) {
      parent.postMessage(message, '*');
    }
  });

  // The widget's own frame (right source, right origin) posts malformed ones.
  const child = await (await iframe.elementHandle())!.contentFrame();
  await child!.evaluate(() => {
    for (const message of [
      'news-explainer:height',
      { type: 'news-explainer:height', embed: 'story', height: 'tall' },
      { type: 'news-explainer:height', embed: 'story', height: -5 },
      { type: 'news-explainer:height', embed: 'story', height: Number.NaN },
      { type: 'news-explainer:height', embed: 'story', height: Number.POSITIVE_INFINITY },
      { type: 'news-explainer:height', embed: 'someone-else', height: 40 },
      { type: 'news-explainer:height', height: 40 },
      { type: 'news-explainer:event', embed: 'story', name: 'script-injected', detail: {} },
      { type: 'news-explainer:scroll', embed: 'story', top: 'far' },
      null,
      [1, 2, 3],
    ]) {
      parent.postMessage(message, '*');
    }
  });
  // Then one good message, which is handled: everything before it was seen and dropped.
  await child!.evaluate(() => parent.postMessage({ type: 'news-explainer:height', embed: 'story', height: 321 }, '*'));
  await expect.poll(applied).toContain('321px');

  expect(await host.events(), 'no forged or malformed event reached the page').toEqual([]);
  expect(await page.evaluate(() => scrollY), 'no forged scroll').toBe(scrollBefore);
  const heights = await applied();
  // The first height applied is the good one; the widget may answer it with its
  // own real height (a scrollbar appearing at 321 px), never a forged one.
  expect(heights[0], 'the first height applied is the good one').toBe('321px');
  for (const forged of ['40px', '-5px', '1000000000px', 'Infinitypx']) expect(heights).not.toContain(forged);
  host.expectNoErrors();
});

test('the widget ignores a navigate message from a window other than its parent', async ({ host, page }) => {
  await page.route(FOREIGN, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>foreign</title>' }),
  );
  await host.goto('iframe.html');
  const widget = host.framed('story');
  await widget.waitUntilLive();
  await page.evaluate((src) => {
    const frame = document.createElement('iframe');
    frame.src = src;
    document.body.append(frame);
    return new Promise((resolve) => frame.addEventListener('load', resolve));
  }, FOREIGN);
  const foreign = page.frame({ url: FOREIGN })!;
  await foreign.evaluate(() => {
    const widgetWindow = parent.frames[0];
    widgetWindow.postMessage({ type: 'news-explainer:navigate', embed: 'story', hash: '#quote-long-overdue' }, '*');
  });
  // The same message from the parent is obeyed, so the first one had its chance.
  await page.evaluate(() => {
    const frame = document.querySelector<HTMLIFrameElement>('#story iframe')!;
    frame.contentWindow!.postMessage(
      { type: 'news-explainer:navigate', embed: 'story', hash: '#quote-very-productive' },
      new URL(frame.src).origin,
    );
  });
  await widget.quotes.card('very-productive').expectExpanded();
  await widget.quotes.card('long-overdue').expectCollapsed();
  host.expectNoErrors();
});
