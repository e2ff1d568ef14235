// The cross-origin refresh path (README "Fresh content"; src/host/fetch.rs): a
// file on another origin is refreshed without headers of the widget's own
// (they would need a CORS preflight the file's server may not allow); the
// browser's HTTP cache revalidates instead (`cache: no-cache`), sending the
// server its ETag, so an unchanged file costs a 304 and a new one shows.
import { expect, test } from './fixtures/embed-host';
import { VersionedOrigin } from './fixtures/other-origin';
import { FOLLOW_UP, returnToTab, sampleVersions } from './fixtures/returning-reader';

test('a file on another origin is revalidated by the browser on return: no preflight, 304, then the new version', async ({
  host,
  page,
}) => {
  const cdn = await VersionedOrigin.start();
  try {
    await page.clock.install();
    const { first, followUp } = sampleVersions();
    cdn.publish(first);
    await host.goto(`cross-origin.html?data-src=${encodeURIComponent(cdn.fileUrl())}`);
    const widget = host.inline('remote');
    await widget.waitUntilLive();
    await expect(widget.quotes.cards()).toHaveCount(first.quotes.length);
    const firstEtag = cdn.etag();

    await page.clock.fastForward('01:01');
    await returnToTab(page);
    await expect.poll(() => cdn.requests.length, { message: 'asked again on return' }).toBe(2);
    expect(cdn.requests[1], 'revalidated by the browser with the ETag it kept').toEqual({
      method: 'GET',
      path: '/explainer.json',
      ifNoneMatch: firstEtag,
      status: 304,
    });

    cdn.publish(followUp);
    await page.clock.fastForward('01:01');
    await returnToTab(page);
    await expect(widget.quotes.cards(), 'the new version shows').toHaveCount(followUp.quotes.length);
    await expect(widget.quotes.card(FOLLOW_UP.newQuotes[0]).root()).toBeAttached();
    expect(cdn.requests.map((r) => `${r.method} ${r.status}`)).toEqual(['GET 200', 'GET 304', 'GET 200']);
    expect(host.errors).toEqual([]);
  } finally {
    await cdn.stop();
  }
});
