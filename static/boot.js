// Starts the widget from a file rather than an inline script, so a page can serve
// it under a strict Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval',
// no 'unsafe-inline'). Trunk writes the hashed names of the wasm-bindgen glue and
// the Wasm into this script element's data attributes (Trunk.toml, pattern_script).
// They are resolved against the page, not this file, so a page in a subfolder (a
// quote's share page) can point back at the shared files with "../../".
const boot = document.querySelector('script[data-explainer-js]');
const resolve = (url) => new URL(url, document.baseURI).href;
const { default: init } = await import(resolve(boot.dataset.explainerJs));
await init({ module_or_path: resolve(boot.dataset.explainerWasm) });
