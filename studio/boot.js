// Starts the Studio from a file rather than trunk's inline module script, so the
// Studio runs under the same strict Content-Security-Policy as the widget's pages
// (script-src 'self' 'wasm-unsafe-eval', no 'unsafe-inline'; README "Bad input,
// and a strict CSP"). Trunk writes the hashed names of the wasm-bindgen glue and
// the Wasm into this script element's data attributes (studio/Trunk.toml,
// pattern_script); they are resolved against the page.
const boot = document.querySelector('script[data-studio-js]');
const resolve = (url) => new URL(url, document.baseURI).href;
const { default: init } = await import(resolve(boot.dataset.studioJs));
await init({ module_or_path: resolve(boot.dataset.studioWasm) });
