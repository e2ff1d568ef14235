// Content from a URL in an iframe made by embed.js (docs/EMBEDDING.md "Content
// from a URL, and its failures"): data-src becomes the frame's ?src=, and when
// the file is missing the 404 message shows inside the frame's visible box and
// the frame takes the message's height. At both widths (the messages' words and
// the other failures are embed-data-src.spec.ts, desktop only).
import { expect, test } from './fixtures/embed-host';

/** The absolute URL of a path on the test server. */
function absolute(baseURL: string | undefined, pathname: string): string {
  return new URL(pathname, baseURL).href;
}

test('iframe via embed.js: data-src becomes the frame\'s ?src=, and the 404 message shows inside it', async ({
  host,
  baseURL,
}) => {
  await host.goto('iframe-bad-src.html');
  const iframe = host.iframe('story');
  await expect(iframe).toHaveAttribute('src', /[?&]src=/);
  const params = new URL((await iframe.getAttribute('src'))!).searchParams;
  const url = absolute(baseURL, '/missing.json');
  expect(params.get('src'), 'data-src, resolved against the host page').toBe(url);
  expect(params.get('timeout'), 'data-timeout').toBe('5');
  expect(params.get('embed')).toBe('story');

  const widget = host.framed('story');
  await expect(widget.loadError()).toHaveText(
    `The explainer at ${url} was not found (HTTP 404). Check the address in data-src or ?src=.`,
  );
  await expect(widget.scope.getByRole('alert')).toHaveCount(1);
  await expect(widget.retryButton()).toBeVisible();
  // The message is inside the iframe's visible box, not cut off or scrolled away.
  const frameBox = (await iframe.boundingBox())!;
  const alertBox = await widget.scope.getByRole('alert').evaluate((el) => el.getBoundingClientRect().toJSON());
  expect(frameBox.height).toBeGreaterThan(0);
  expect(alertBox.top).toBeGreaterThanOrEqual(0);
  expect(alertBox.bottom).toBeLessThanOrEqual(frameBox.height);
});

test('iframe via embed.js: the frame takes the height of the error message', async ({ host }) => {
  await host.goto('iframe-bad-src.html');
  const widget = host.framed('story');
  await expect(widget.loadError()).toBeVisible();
  // docs/EMBEDDING.md: the widget reports its height "on load and whenever [it]
  // changes", and the loader sizes the frame to it; a 600 px default frame around
  // a two-line message is a mostly blank box in the article.
  await host.expectFrameFits(host.iframe('story'), 'with the load error shown');
});
