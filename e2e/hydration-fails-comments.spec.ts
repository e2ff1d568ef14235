// Issue #32: a page whose HTML comments were stripped (a minifier's
// removeComments, a CDN) lost Yew's markers, could not be adopted and stayed
// static for good. Now the widget is drawn afresh into the served markup, and
// the console says so.
import { test } from './fixtures/explainer-page';
import { CONTENT as content } from './fixtures/content';
import { serveChangedPage, watchDrawnAfresh } from './fixtures/wasm-failure';

test('a page without its HTML comments goes live, drawn afresh', async ({ explainer, page }) => {
  await serveChangedPage(page, (html) => html.replace(/<!--[\s\S]*?-->/g, ''));
  const live = await watchDrawnAfresh(page);
  await page.goto('/');
  await live(explainer, content.quotes.length);
});
