// Publish from the Studio (README "Publishing"): an editor on a desk opens an
// explainer file (which makes it on the desk), presses Publish, and gets the
// embed codes; a host article carrying the copied iframe code shows the
// published explainer, and after Unpublish the same code shows the notice.
import path from 'node:path';
import { CONTENT } from './fixtures/content';
import { DeskStudio, deskScreenshot, expect, test } from './fixtures/desk';
import { EmbeddedWidget } from './fixtures/embed-host';

const EXPLAINER_FILE = path.join(__dirname, '..', 'content', 'anchorage-summit.json');

test('an editor publishes from the Studio, and the copied iframe code shows it until unpublished', async ({
  desk,
  browser,
  page,
  baseURL,
}, testInfo) => {
  const editor = await DeskStudio.open(browser, desk);
  await editor.login(await desk.user('eve', 'editor'));
  await editor.edit(async () => {
    await editor.page.getByLabel('Open an explainer file (.json)').setInputFiles(EXPLAINER_FILE);
    await expect(editor.headline()).toHaveValue(CONTENT.article.headline);
  });

  const panel = editor.page.locator('#studio-desk-publish');
  const state = panel.locator('.desk-publish__state');
  await expect(state).toHaveText(/^Draft, never published/);
  await panel.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(state).toHaveAttribute('data-state', 'published');
  await expect(state).toContainText('version 1, by eve');
  const iframeCode = panel.locator('.studio-publish__code', { hasText: 'iframe embed code' }).locator('code');
  await expect(iframeCode).toContainText(`${desk.url}/e/`);
  await expect(panel.locator('.studio-publish__code', { hasText: 'oEmbed URL' })).toContainText('/oembed?url=');
  await panel.scrollIntoViewIfNeeded();
  await deskScreenshot(editor.page, testInfo, 'desk-publish-panel');
  const code = (await iframeCode.textContent()) ?? '';

  // The newsroom's article, on another origin than the desk, with the code pasted in.
  const host = `${baseURL}/host/desk-article.html`;
  // The article and the desk are two loopback origins here: Chromium asks before one
  // reaches the other (see src-origin.spec.ts); a newsroom's are public addresses.
  await page.context().grantPermissions(['local-network-access']);
  await page.route(host, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><title>Article</title><main><p>Story.</p><div id="embed">${code}</div></main>`,
    }),
  );
  await page.goto(host);
  const widget = new EmbeddedWidget(page.frameLocator('#embed iframe'));
  await widget.waitUntilLive();
  await expect(widget.headline()).toHaveText(CONTENT.article.headline);

  await panel.getByRole('button', { name: 'Unpublish', exact: true }).click();
  await expect(panel.locator('.desk-publish__said')).toHaveText('Unpublished: its pages and embeds now say so.');
  await page.reload();
  await expect(page.locator('#embed')).toContainText('This explainer is no longer published');
  await editor.close();
});
