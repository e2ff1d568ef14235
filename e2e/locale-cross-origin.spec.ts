// Inline across origins (README "Languages", docs/EMBEDDING.md "Cross-origin
// hosting"): the widget's files are on another origin than the article (a
// second server on another port, as a CDN), and a `data-locale` widget fetches
// `locales/<tag>.json` from there. With CORS on the locale files, as on the
// `.js`, `.wasm` and `.css`, it shows the host's language; without it, the
// browser refuses the file and the widget reads in English, with a warning,
// never broken.
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { expect, test } from './fixtures/embed-host';
import { consoleWarnings, localeTexts } from './fixtures/locales';

const DIST = path.join(__dirname, '..', 'dist');
const CORS = { 'access-control-allow-origin': '*' };

/** Serves dist/ on a free port of 127.0.0.1 (another origin than the page's), CORS on all or all but the locales. */
async function widgetOrigin(localesWithCors: boolean): Promise<{ origin: string; stop: () => Promise<void> }> {
  // Imported when used: serve-dist.mjs has a top-level await, which a spec's
  // static import (compiled to require) cannot take.
  const { createStaticServer } = await import('./serve-dist.mjs');
  const { server, mount } = createStaticServer();
  mount('/', DIST, CORS);
  if (!localesWithCors) mount('/locales/', path.join(DIST, 'locales'));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () => {
      server.closeAllConnections();
      return new Promise<void>((done) => server.close(() => done()));
    },
  };
}

test('a cross-origin inline widget reads its locale file when the widget origin sends CORS for it', async ({
  host,
  page,
}) => {
  const widget = await widgetOrigin(true);
  try {
    const asked: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/locales/')) asked.push(request.url());
    });
    await host.goto(`cross-origin-inline.html?widget=${encodeURIComponent(`${widget.origin}/`)}`);
    const inline = host.inline('remote-uk');
    await inline.waitUntilLive();
    await expect(inline.tab('quotes')).toHaveText(localeTexts('uk').tab_quotes);
    expect(asked, 'from the widget’s origin, not the page’s').toEqual([`${widget.origin}/locales/uk.json`]);
    expect(host.errors).toEqual([]);
  } finally {
    await widget.stop();
  }
});

test('without CORS on the locale files, a cross-origin inline widget reads in English, with a warning', async ({
  host,
  page,
}) => {
  const widget = await widgetOrigin(false);
  try {
    const warnings = consoleWarnings(page);
    await host.goto(`cross-origin-inline.html?widget=${encodeURIComponent(`${widget.origin}/`)}`);
    const inline = host.inline('remote-uk');
    await inline.waitUntilLive();
    await expect(inline.tab('quotes')).toHaveText(localeTexts('en').tab_quotes);
    await expect.poll(() => warnings.filter((w) => w.includes('“uk”')).length).toBe(1);
  } finally {
    await widget.stop();
  }
});
