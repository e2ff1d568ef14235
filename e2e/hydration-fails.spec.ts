// The pre-rendered page is the product: when the Wasm cannot adopt the markup
// (a browser extension added or removed an element before it ran), the reader
// never loses it: static/boot.js puts the served copy back and the widget is
// drawn afresh into it, live, and the console says so (issue #32). A minified,
// comment-stripped or translated page: hydration-fails-*.spec.ts.
import { test } from './fixtures/explainer-page';
import { CONTENT as content } from './fixtures/content';
import { watchDrawnAfresh } from './fixtures/wasm-failure';

test('a page an extension changed before the Wasm ran goes live, drawn afresh', async ({ explainer, page }) => {
  const release = await explainer.holdWasm();
  const live = await watchDrawnAfresh(page);
  await page.goto('/');
  // What an extension does: one element added, one removed.
  await page.evaluate(() => {
    const note = document.createElement('div');
    note.className = 'some-extension-badge';
    note.textContent = 'Translated by an extension';
    document.querySelector('#explainer h1')!.before(note);
    document.querySelector('#explainer .deal-item')!.remove();
  });
  release();
  await live(explainer, content.quotes.length);
});
