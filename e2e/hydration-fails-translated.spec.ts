// Issue #32: a translator (a proxy or the browser's own) rewrites a page's
// text, wrapping each run in <font> elements, so the Wasm could not adopt the
// markup and the page stayed static for good. Now the widget is drawn afresh
// into the served markup, and the console says so.
import { test } from './fixtures/explainer-page';
import { CONTENT as content } from './fixtures/content';
import { serveChangedPage, watchDrawnAfresh } from './fixtures/wasm-failure';

test('a translated page goes live, drawn afresh', async ({ explainer, page }) => {
  await serveChangedPage(page, (html) =>
    html.replace(
      /(<h1[^>]*>)([^<]+)(<\/h1>)/,
      (_, open, text, close) =>
        `${open}<font style="vertical-align: inherit;"><font style="vertical-align: inherit;">Traduit\u00a0: ${text}</font></font>${close}`,
    ),
  );
  const live = await watchDrawnAfresh(page);
  await page.goto('/');
  await live(explainer, content.quotes.length);
});
