// The pre-rendered page is the product: when the Wasm cannot adopt the markup
// (an HTML minifier or a CDN stripped Yew's comment markers, a browser extension
// added or removed an element), the reader keeps the complete, readable
// explainer, and nothing tells them to reload a page that reloading cannot fix.
import { expect, test } from './fixtures/explainer-page';
import { CONTENT as content } from './fixtures/content';
import { expectPrerenderedKept, watchWasmFailure } from './fixtures/wasm-failure';

test('a page whose HTML comments were stripped stays readable', async ({ explainer, page }) => {
  await page.route(
    (url) => url.pathname === '/',
    async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(/<!--[\s\S]*?-->/g, '');
      await route.fulfill({ response, body: html });
    },
  );
  const failed = await watchWasmFailure(page);
  await page.goto('/');
  await failed();
  await expectPrerenderedKept(explainer, content.quotes.length);
});

test('a page an extension changed before the Wasm ran stays readable', async ({ explainer, page }) => {
  const release = await explainer.holdWasm();
  const failed = await watchWasmFailure(page);
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
  await failed();
  await expectPrerenderedKept(explainer, content.quotes.length);
});
