// What the Playwright suite (playwright.config.ts, e2e/serve-dist.mjs) and the
// benchmark (bench/run.mjs) share about the browser and the static server, so
// the two measure and test the same set-up.

/**
 * Chromium flags for this kind of machine: as root Chromium needs --no-sandbox;
 * the rest keep it from calling home, which a closed network refuses (and which
 * slows every start).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Content types by file ending. application/wasm matters:
 * WebAssembly.instantiateStreaming refuses anything else.
 */
export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};
