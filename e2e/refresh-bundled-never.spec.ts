// Bundled content never refreshes (README "Fresh content"): only content loaded
// from a URL is asked for again. A page holds a widget with the bundled content
// and one with data-src; back on the tab after a minute, the data-src widget's
// refresh (the positive event: the return was handled) is the only request the
// page makes, and the bundled widget is as it was.
import { expect, test } from './fixtures/embed-host';
import { ServedExplainer, returnToTab, sampleVersions } from './fixtures/returning-reader';

test('back on the tab, bundled content asks for nothing while content from a file is refreshed', async ({
  host,
  page,
}) => {
  await page.clock.install();
  const file = new ServedExplainer(page, '/returning/inline.json');
  await file.install();
  file.publish(sampleVersions().first);
  await host.goto('refresh-inline.html');
  const bundled = host.inline('bundled');
  const fresh = host.inline('fresh');
  await bundled.waitUntilLive();
  await fresh.waitUntilLive();
  const before = await bundled.widget().evaluate((el) => el.outerHTML);

  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.clock.fastForward('01:01');
  await returnToTab(page);
  await expect.poll(() => file.requests.length, { message: 'the data-src widget refreshes' }).toBe(2);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  expect(requests, 'the only request is the data-src file').toEqual(['/returning/inline.json']);
  expect(await bundled.widget().evaluate((el) => el.outerHTML), 'the bundled widget is untouched').toBe(before);
  expect(host.errors).toEqual([]);
});
