// Issue #32: a page run through html-minifier-terser with its common options
// (collapseWhitespace and removeComments) could not be adopted by the Wasm,
// and stayed static for good. Now static/boot.js puts the served markup back
// and the widget is drawn afresh into it, and says so in the console. (White
// space collapsed alone, Yew adopts: the comments are what it cannot do without.)
import { test } from './fixtures/explainer-page';
import { CONTENT as content } from './fixtures/content';
import { serveChangedPage, watchDrawnAfresh } from './fixtures/wasm-failure';

test('a minified page goes live, drawn afresh', async ({ explainer, page }) => {
  await serveChangedPage(page, (html) => {
    const start = html.indexOf('<div id="explainer"');
    const end = html.indexOf('</body>');
    // collapseWhitespace: runs of white space between tags go, others become one
    // space; removeComments: Yew's markers go with every other comment.
    const body = html
      .slice(start, end)
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/>\s+</g, '><')
      .replace(/\s{2,}/g, ' ');
    return html.slice(0, start) + body + html.slice(end);
  });
  const live = await watchDrawnAfresh(page);
  await page.goto('/');
  await live(explainer, content.quotes.length);
});
