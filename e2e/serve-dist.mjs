// The one static file server of the repository: the Playwright suite runs it as a
// command (playwright.config.ts, webServer), and the benchmark (bench/run.mjs)
// imports createStaticServer from it. No dependencies: Node's http, fs and path.
//
//   node e2e/serve-dist.mjs [--dir dist] [--port 4173] [--host 127.0.0.1]
//
// A request with `?csp` in its URL gets the strict Content-Security-Policy the
// README states, read from docs/csp.txt (e2e/csp.spec.ts checks both agree).
//
// As a command it serves, besides dist/, two folders the embedding tests need,
// read-only:
//   /e2e-pages/…            e2e/pages/: host article pages that embed the widget
//   /vendor/pym.v1.min.js   NPR's pym.js parent, from node_modules (npm pym.js)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CONTENT_TYPES } from './browser-env.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));

// No inline scripts, no eval: only 'wasm-unsafe-eval' to compile the Wasm, and
// connect-src 'self' to fetch it. One line, as the header's value: the policy the
// README states, read from the one file both use.
export const STRICT_CSP = (await readFile(resolve(here, '..', 'docs', 'csp.txt'), 'utf8')).trim();

/**
 * A static file server over URL prefixes mapped to folders, longest prefix
 * first. Mounts can change while it serves (the benchmark mounts each scale site
 * as it builds it). Files are sent with their content type and `no-store`, a
 * folder as its index.html, nothing outside a mounted folder; `?csp` adds
 * STRICT_CSP, and a mount's own `headers` are added to its files. Each file has
 * an `ETag` (its size and modification time) and `Last-Modified`, and a request
 * that names the current version (`If-None-Match`, else `If-Modified-Since`)
 * gets `304 Not Modified` without a body, as a static host would answer the
 * widget's refresh of `?src=` content. (`no-store` keeps the browser from
 * asking so on its own: only requests that send the headers themselves get a 304.)
 *
 * @returns {{ server: import('node:http').Server,
 *             mount: (prefix: string, dir: string, headers?: Record<string, string>) => void,
 *             unmount: (prefix: string) => void }}
 */
export function createStaticServer() {
  const mounts = [];
  const mount = (prefix, dir, headers = {}) => {
    unmount(prefix);
    mounts.push({ prefix, dir: resolve(dir), headers });
    mounts.sort((a, b) => b.prefix.length - a.prefix.length);
  };
  const unmount = (prefix) => {
    const i = mounts.findIndex((m) => m.prefix === prefix);
    if (i >= 0) mounts.splice(i, 1);
  };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = decodeURIComponent(url.pathname);
    const m = mounts.find((m) => path.startsWith(m.prefix));
    if (!m) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    let file = resolve(join(m.dir, path.slice(m.prefix.length)));
    // Never serve outside the folder.
    if (file !== m.dir && !file.startsWith(m.dir + sep)) {
      res.writeHead(403).end();
      return;
    }
    const csp = url.searchParams.has('csp') ? { 'content-security-policy': STRICT_CSP } : {};
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const info = await stat(file);
      const body = await readFile(file);
      const etag = `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
      const lastModified = new Date(Math.floor(info.mtimeMs / 1000) * 1000);
      const headers = {
        'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        etag,
        'last-modified': lastModified.toUTCString(),
        ...m.headers,
        ...csp,
      };
      if (notModified(req, etag, lastModified)) {
        res.writeHead(304, headers).end();
        return;
      }
      res.writeHead(200, headers);
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
  return { server, mount, unmount };
}

/**
 * True when a GET or HEAD names the version served (RFC 9110, 13.1): by
 * `If-None-Match` when the request has one, else by `If-Modified-Since`.
 */
function notModified(req, etag, lastModified) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const match = req.headers['if-none-match'];
  if (match !== undefined) {
    return match.split(',').some((tag) => {
      const t = tag.trim();
      return t === '*' || t.replace(/^W\//, '') === etag;
    });
  }
  const since = Date.parse(req.headers['if-modified-since'] ?? '');
  return Number.isFinite(since) && lastModified.getTime() <= since;
}

// Run as a command (not imported): serve dist/ for the Playwright suite.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'dist' },
      port: { type: 'string', default: '4173' },
      host: { type: 'string', default: '127.0.0.1' },
    },
  });
  const root = resolve(values.dir);
  try {
    await stat(join(root, 'index.html'));
  } catch {
    console.error(`serve-dist: ${root}/index.html not found; run 'trunk build --release' first.`);
    process.exit(1);
  }
  const { server, mount } = createStaticServer();
  mount('/', root);
  mount('/e2e-pages/', resolve(here, 'pages'));
  mount('/vendor/', resolve(here, '..', 'node_modules', 'pym.js', 'dist'));
  server.listen(Number(values.port), values.host, () => {
    console.log(`serve-dist: http://${values.host}:${values.port}/ -> ${root}`);
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
}
