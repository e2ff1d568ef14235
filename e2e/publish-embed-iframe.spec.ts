// One embed code, republished in place (README "Publishing"): a host article
// carrying the iframe code copied after the first publish shows the
// explainer, and after a republish the same code shows the new version.
import { expect, test } from './fixtures/embed-host';
import { EmbeddedWidget } from './fixtures/embed-host';
import { PublishedSite, serveHostArticle } from './fixtures/published-site';
import { sampleVersions } from './fixtures/returning-reader';

test('the iframe code shows the published explainer, and the new version after a republish', async ({ page, baseURL }) => {
  test.slow(); // two publishes with the command-line tool
  const { first, followUp } = sampleVersions();
  followUp.article.headline = 'Riverton approves the library plan';
  const site = await PublishedSite.create('council-iframe');
  await site.publish(first, baseURL!);
  await site.serve(page);
  const { iframe } = await site.embedCodes();
  await serveHostArticle(page, '/host/iframe-article.html', { story: iframe });

  await page.goto('/host/iframe-article.html');
  const framed = new EmbeddedWidget(page.frameLocator('#story iframe'));
  await framed.waitUntilLive();
  await expect(framed.headline()).toHaveText(first.article.headline);

  await site.publish(followUp, baseURL!);
  await page.reload();
  await new EmbeddedWidget(page.frameLocator('#story iframe')).waitUntilLive();
  await expect(framed.headline()).toHaveText(followUp.article.headline);
});
