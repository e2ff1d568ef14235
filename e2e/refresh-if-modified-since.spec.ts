// A file whose host sends only `Last-Modified` (no ETag) is refreshed with
// If-Modified-Since (README "Fresh content"): back on the tab, the widget asks
// again with the date it was given, an unchanged file costs a 304 and changes
// nothing, and a newer one re-renders in place.
import { EmbeddedWidget, expect, test } from './fixtures/embed-host';
import { ServedExplainer, returnToTab, sampleVersions } from './fixtures/returning-reader';

const FILE = '/returning/last-modified.json';

test('a file with only Last-Modified is asked for with If-Modified-Since; 304 changes nothing, a newer one shows', async ({
  page,
}) => {
  await page.clock.install();
  const file = new ServedExplainer(page, FILE, 'last-modified');
  await file.install();
  const { first, followUp } = sampleVersions();
  file.publish(first);
  await page.goto(`/?src=${FILE}`);
  const widget = new EmbeddedWidget(page.locator('#explainer'));
  await widget.waitUntilLive();
  const shownDate = file.lastModified();
  const before = await widget.widget().evaluate((el) => el.outerHTML);

  await page.clock.fastForward('01:01');
  await returnToTab(page);
  await expect.poll(() => file.requests.length, { message: 'the file is asked for again' }).toBe(2);
  expect(file.requests[1]).toEqual({ ifNoneMatch: null, ifModifiedSince: shownDate, status: 304 });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  expect(await widget.widget().evaluate((el) => el.outerHTML), 'a 304 leaves the widget untouched').toBe(before);

  file.publish(followUp);
  await page.clock.fastForward('01:01');
  await returnToTab(page);
  await expect(widget.quotes.cards(), 'the newer version shows').toHaveCount(followUp.quotes.length);
  expect(file.requests[2]).toEqual({ ifNoneMatch: null, ifModifiedSince: shownDate, status: 200 });
});
