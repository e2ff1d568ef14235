// Starts the widget from a file rather than an inline script, so a page can serve
// it under a strict Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval',
// no 'unsafe-inline'). Trunk writes the hashed names of the wasm-bindgen glue and
// the Wasm into this script element's data attributes (Trunk.toml, pattern_script).
const boot = document.querySelector('script[data-explainer-js]');
const { default: init } = await import(boot.dataset.explainerJs);
await init({ module_or_path: boot.dataset.explainerWasm });
