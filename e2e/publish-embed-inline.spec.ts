// One embed code, republished in place (README "Publishing"): a host article
// carrying the inline code copied after the first publish shows the published
// explainer (the site's own, not the Wasm's bundled one), and after a
// republish the same code shows the new version.
import { expect, test } from './fixtures/embed-host';
import { EmbeddedWidget } from './fixtures/embed-host';
import { PublishedSite, serveHostArticle } from './fixtures/published-site';
import { sampleVersions } from './fixtures/returning-reader';

test('the inline code shows the published explainer, and the new version after a republish', async ({ page, baseURL }) => {
  test.slow(); // two publishes with the command-line tool
  const { first, followUp } = sampleVersions();
  followUp.article.headline = 'Riverton approves the library plan';
  const site = await PublishedSite.create('council-inline');
  await site.publish(first, baseURL!);
  await site.serve(page);
  const { inline } = await site.embedCodes();
  await serveHostArticle(page, '/host/inline-article.html', { story: inline });

  await page.goto('/host/inline-article.html');
  const widget = new EmbeddedWidget(page.locator('#story [data-news-explainer]'));
  await widget.waitUntilLive();
  await expect(widget.headline()).toHaveText(first.article.headline);

  await site.publish(followUp, baseURL!);
  await page.reload();
  await widget.waitUntilLive();
  await expect(widget.headline()).toHaveText(followUp.article.headline);
});
