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
const boot = document.querySelector('script[data-explainer-js]');
const resolve = (url) => new URL(url, document.baseURI).href;
const root = document.getElementById('explainer') || document.body;
// A copy made before the Wasm touches the markup: a failed adoption leaves it half-done.
const served = root.hasAttribute('data-prerendered') ? root.cloneNode(true) : null;
let failed = false;
const fail = (error) => {
  if (failed || !(error instanceof WebAssembly.RuntimeError)) return;
  failed = true;
  console.error('News explainer: the WebAssembly stopped;', error);
  // Both as in src/host/panic.rs (holds_prerendered_markup, show_error_box).
  if (served && root.hasAttribute('data-prerendered') && !root.querySelector('.explainer.is-live')) {
    root.replaceWith(served);
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
try {
  await init({ module_or_path: resolve(boot.dataset.explainerWasm) });
} catch (error) {
  fail(error);
  if (!failed) throw error; // not a trap (the Wasm could not load): the markup stays
}
