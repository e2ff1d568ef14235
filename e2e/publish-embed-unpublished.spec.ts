// Unpublish (README "Publishing"): the host article keeps its embed codes, and
// both the iframe and the inline placeholder then say "This explainer is no
// longer published" (the unpublished embed.js writes it into every
// placeholder; an iframe made before shows the notice page), never a broken
// frame or an empty box.
import { expect, test } from './fixtures/embed-host';
import { EmbeddedWidget } from './fixtures/embed-host';
import { PublishedSite, serveHostArticle } from './fixtures/published-site';
import { sampleVersions } from './fixtures/returning-reader';

test('after unpublish both embeds show the notice', async ({ page, baseURL }) => {
  const site = await PublishedSite.create('council-gone');
  await site.publish(sampleVersions().first, baseURL!);
  await site.serve(page);
  const { iframe, inline } = await site.embedCodes();
  await serveHostArticle(page, '/host/both-article.html', { framed: iframe, mounted: inline });
  await page.goto('/host/both-article.html');
  await new EmbeddedWidget(page.frameLocator('#framed iframe')).waitUntilLive();
  await new EmbeddedWidget(page.locator('#mounted [data-news-explainer]')).waitUntilLive();

  await site.unpublish();
  await page.reload();
  const notice = 'This explainer is no longer published';
  for (const placeholder of ['#framed', '#mounted']) {
    await expect(page.locator(placeholder)).toContainText(`${notice}.`);
    await expect(page.locator(`${placeholder} .explainer`)).toHaveCount(0);
    await expect(page.locator(`${placeholder} iframe`)).toHaveCount(0);
  }
  // A page still open in a frame from before gets the notice page itself.
  await page.goto(`${site.path}`);
  await expect(page.getByRole('heading', { name: notice })).toBeVisible();
});
