// Inline across origins (README "Languages", docs/EMBEDDING.md "Cross-origin
// hosting"): the widget's files are on another origin than the article (a
// second server on another port, as a CDN), and a `data-locale` widget fetches
// `locales/<tag>.json` from there. With CORS on the locale files, as on the
// `.js`, `.wasm` and `.css`, it shows the host's language; without it, the
// browser refuses the file and the widget reads in English, with a warning,
// never broken.
import { expect, test } from './fixtures/embed-host';
import { consoleWarnings, localeTexts } from './fixtures/locales';
import { startWidgetOrigin } from './fixtures/widget-origin';

test('a cross-origin inline widget reads its locale file when the widget origin sends CORS for it', async ({
  host,
  page,
}) => {
  const widget = await startWidgetOrigin(true);
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
  const widget = await startWidgetOrigin(false);
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
