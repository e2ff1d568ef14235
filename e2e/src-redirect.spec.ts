// Issue #32: `?src=` was checked before redirects. An open redirect on an
// origin the newsroom listed (`<listed>/go?to=…`) sent the fetch on to another
// site, and the widget showed that site's words live on the newsroom's
// address. The widget now refuses any redirect of its content
// (`redirect: 'error'`): the reader gets the error box, never the other
// site's content, and no Embed panel offers it.
import { EmbeddedWidget, expect, test } from './fixtures/embed-host';
import { FAKE_HEADLINE, OtherOrigin, serveListingOrigins } from './fixtures/other-origin';

let listed: OtherOrigin;
let elsewhere: OtherOrigin;
test.beforeAll(async () => {
  [listed, elsewhere] = await Promise.all([OtherOrigin.start(), OtherOrigin.start()]);
});
test.afterAll(async () => {
  await Promise.all([listed.stop(), elsewhere.stop()]);
});

test('?src= through an open redirect on a listed origin is refused, not shown', async ({ page }) => {
  // Chromium asks before a fulfilled page reaches a loopback address (see src-origin.spec.ts).
  await page.context().grantPermissions(['local-network-access']);
  // The page as `explainer build --allow-src-origin <listed>` writes it, served
  // without a CSP of its own: the widget's rule must hold alone.
  await serveListingOrigins(page, listed.origin, true);
  const src = listed.url(`/go?to=${encodeURIComponent(elsewhere.url('/fake.json'))}`);
  await page.goto(`/?src=${encodeURIComponent(src)}`);
  const widget = new EmbeddedWidget(page.locator('#explainer'));
  // The positive sign first: the widget has said the file was not loaded.
  await expect(widget.loadError()).toContainText('could not be loaded');
  expect(listed.requests.some((path) => path.startsWith('/go?')), 'the redirect was asked for').toBe(true);
  await expect(widget.scope.getByText(FAKE_HEADLINE), 'the other site’s words are not shown').toHaveCount(0);
  await expect(widget.embedButton(), 'no embed codes').toHaveCount(0);
});
