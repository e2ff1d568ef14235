// A very long explainer (2,000 quotes reports some 300,000 px) still gets an
// iframe tall enough to show it: the loader clamps a height to its ceiling
// (10,000,000 px) instead of dropping it and leaving the frame at its first size.
import { expect, test } from './fixtures/embed-host';

test('the loader applies heights over 100,000 px and clamps absurd ones', async ({ host, page }) => {
  await host.goto('iframe.html');
  const iframe = host.iframe('story');
  await host.framed('story').waitUntilLive();
  // Every height the iframe is given from now on.
  const applied = await host.recordFrameHeights('story');
  const child = await (await iframe.elementHandle())!.contentFrame();
  // As the widget's own frame reports it for a 2,000-quote explainer.
  await child!.evaluate(() => parent.postMessage({ type: 'news-explainer:height', embed: 'story', height: 301688 }, '*'));
  await expect.poll(applied).toContain('301688px');
  await child!.evaluate(() => parent.postMessage({ type: 'news-explainer:height', embed: 'story', height: 1e9 }, '*'));
  // Chrome writes 10,000,000 px back as "1e+07px".
  const pixels = async () => (await applied()).map((height) => parseFloat(height));
  await expect.poll(pixels).toContain(1e7);
  expect(await pixels()).not.toContain(1e9);
  host.expectNoErrors();
});
