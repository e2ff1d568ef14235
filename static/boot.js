// Starts the widget from a file rather than an inline script, so a page can serve
// it under a strict Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval',
// no 'unsafe-inline'). Trunk writes the hashed names of the wasm-bindgen glue and
// the Wasm into this script element's data attributes (Trunk.toml, pattern_script).
// They are resolved against the page, not this file, so a page in a subfolder (a
// quote's share page) can point back at the shared files with "../../".
//
// A trap (out of memory, unreachable, the end of a panic) surfaces here as a
// WebAssembly.RuntimeError: before the widget is live, the reader gets the
// pre-rendered markup back as served; after, the error box the Wasm built
// ahead (src/host/panic.rs), unless a panic showed it.
//
// A trap while the Wasm adopts the pre-rendered markup (hydration) means the
// markup was changed on the way: a minifier collapsed its white space or
// stripped Yew's comments, a translator rewrote its text. The served copy is
// put back, then a fresh instance of the Wasm draws the widget afresh into it
// (Yew's render replaces the root's children; the trapped instance is never
// called again), so the page still goes live, and the console says so. Once:
// a trap of the fresh instance before it is live puts the served markup back
// for good.
const boot = document.querySelector('script[data-explainer-js]');
const resolve = (url) => new URL(url, document.baseURI).href;
let root = document.getElementById('explainer') || document.body;
// A copy made before the Wasm touches the markup: a failed adoption leaves it half-done.
const served = root.hasAttribute('data-prerendered') ? root.cloneNode(true) : null;
let failed = false;
let drawnAfresh = false;
const fail = (error) => {
  if (failed || !(error instanceof WebAssembly.RuntimeError)) return;
  failed = true;
  console.error('News explainer: the WebAssembly stopped;', error);
  // Both as in src/host/panic.rs (holds_prerendered_markup, show_error_box).
  const beforeLive = root.hasAttribute('data-prerendered') || root.hasAttribute('data-drawing-afresh');
  if (served && beforeLive && !root.querySelector('.explainer.is-live')) {
    const copy = served.cloneNode(true);
    root.replaceWith(copy);
    root = copy;
    if (!drawnAfresh) {
      drawnAfresh = true;
      drawAfresh().catch((error) => console.error('News explainer: could not draw afresh;', error));
    }
  } else if (!root.querySelector('.explainer--crashed') && root.newsExplainerErrorBox) {
    const box = root.newsExplainerErrorBox.cloneNode(true);
    box.querySelector('pre').textContent = error;
    root.replaceChildren(box);
  }
};
addEventListener('error', (event) => fail(event.error));
addEventListener('unhandledrejection', (event) => fail(event.reason));
// The Wasm's long first tasks wait for the first paint (README, "Readable before
// and without WebAssembly"); else the next frame or a timer (a background tab).
await new Promise((start) => {
  const later = () => setTimeout(start, 0);
  setTimeout(start, 500);
  if (!globalThis.PerformanceObserver?.supportedEntryTypes?.includes('paint')) {
    requestAnimationFrame(later);
  } else if (performance.getEntriesByType('paint').length > 0) {
    later();
  } else {
    new PerformanceObserver((_, observer) => {
      observer.disconnect();
      later();
    }).observe({ type: 'paint' });
  }
});
const { default: init } = await import(resolve(boot.dataset.explainerJs));
// The Wasm drawn afresh into the served markup put back: a new instance of the
// glue (its own module, by a query of its own) and of the compiled Wasm, which
// finds the root without `data-prerendered` and renders instead of adopting.
async function drawAfresh() {
  console.warn(
    'News explainer: the page’s markup was changed on the way (minified, stripped of comments or translated) and could not be adopted; the widget was drawn afresh.',
  );
  root.removeAttribute('data-prerendered');
  root.setAttribute('data-drawing-afresh', '');
  failed = false;
  const fresh = await import(`${resolve(boot.dataset.explainerJs)}?fresh`);
  await fresh.default({ module_or_path: resolve(boot.dataset.explainerWasm) });
}
try {
  await init({ module_or_path: resolve(boot.dataset.explainerWasm) });
} catch (error) {
  fail(error);
  if (!failed) throw error; // not a trap (the Wasm could not load): the markup stays
}
