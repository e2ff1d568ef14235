// A tiny static file server for the built page (dist/), used by Playwright's
// webServer (playwright.config.ts). No dependencies: Node's http, fs and path.
//
//   node e2e/serve-dist.mjs [--dir dist] [--port 4173] [--host 127.0.0.1]
//
// A request with `?csp` in its URL gets the strict Content-Security-Policy the
// README states, read from docs/csp.txt (e2e/csp.spec.ts checks both agree).
//
// Besides dist/, two folders the embedding tests need, served read-only:
//   /e2e-pages/…            e2e/pages/: host article pages that embed the widget
//   /vendor/pym.v1.min.js   NPR's pym.js parent, from node_modules (npm pym.js)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { CONTENT_TYPES } from './browser-env.mjs';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4173' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});
const root = resolve(values.dir);
const here = fileURLToPath(new URL('.', import.meta.url));
/** URL prefixes served from other folders than dist/. */
const MOUNTS = [
  ['/e2e-pages/', resolve(here, 'pages')],
  ['/vendor/', resolve(here, '..', 'node_modules', 'pym.js', 'dist')],
];

try {
  await stat(join(root, 'index.html'));
} catch {
  console.error(`serve-dist: ${root}/index.html not found; run 'trunk build --release' first.`);
  process.exit(1);
}


// No inline scripts, no eval: only 'wasm-unsafe-eval' to compile the Wasm, and
// connect-src 'self' to fetch it. One line, as the header's value.
const STRICT_CSP = (await readFile(resolve(here, '..', 'docs', 'csp.txt'), 'utf8')).trim();

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  const path = decodeURIComponent(url.pathname);
  const csp = url.searchParams.has('csp') ? { 'content-security-policy': STRICT_CSP } : {};
  const [prefix, folder] = MOUNTS.find(([prefix]) => path.startsWith(prefix)) ?? ['/', root];
  let file = resolve(join(folder, path.slice(prefix.length)));
  // Never serve outside the folder.
  if (file !== folder && !file.startsWith(folder + sep)) {
    res.writeHead(403).end();
    return;
  }
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...csp,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch {
    // Browsers ask for a favicon the page doesn't have; don't log a console error for it.
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
});

server.listen(Number(values.port), values.host, () => {
  console.log(`serve-dist: http://${values.host}:${values.port}/ -> ${root}`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
