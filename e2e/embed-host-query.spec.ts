// The host page's query string may carry secrets (a preview token) and a
// reader's tracking ids: none of it leaves the host page through the widget,
// neither in a copied link nor in the `link-copied` event nor in the
// `parentUrl` the loader sends to the widget's origin, unless the host names a
// parameter to keep (`data-keep-params`).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/embed-host';

const QUERY = '?preview_token=SECRET123&utm_source=x&page=2';

const MODES = {
  iframe: { file: 'iframe.html', placeholder: 'story' },
  inline: { file: 'inline.html', placeholder: 'first' },
} as const;

/** Serves the host page with `data-keep-params` on the placeholder. */
async function keepParams(page: Page, file: string, placeholder: string, list: string): Promise<void> {
  await page.route(
    (url) => url.pathname === `/e2e-pages/${file}`,
    async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(`id="${placeholder}"`, `id="${placeholder}" data-keep-params="${list}"`);
      await route.fulfill({ response, body: html });
    },
  );
}

for (const [mode, { file, placeholder }] of Object.entries(MODES)) {
  const widgetIn = (host: import('./fixtures/embed-host').HostPage) =>
    mode === 'iframe' ? host.framed(placeholder) : host.inline(placeholder);

  test(`${mode}: copied links and events carry none of the host page's query`, async ({ host }) => {
    await host.goto(file + QUERY);
    const copied = await host.copyQuoteLink(widgetIn(host), 'long-overdue');
    expect(copied).toBe(host.url(file) + '#quote-long-overdue');
    const event = (await host.events()).find((e) => e.name === 'link-copied');
    expect(event?.detail.url).toBe(copied);
    if (mode === 'iframe') {
      const src = new URL((await host.iframe(placeholder).getAttribute('src'))!);
      expect(src.searchParams.get('parentUrl')).toBe(host.url(file));
    }
  });

  test(`${mode}: a host keeps the parameters it names in data-keep-params`, async ({ host, page }) => {
    await keepParams(page, file, placeholder, 'page, missing');
    await host.goto(file + QUERY);
    const copied = await host.copyQuoteLink(widgetIn(host), 'long-overdue');
    expect(copied).toBe(host.url(file) + '?page=2#quote-long-overdue');
    if (mode === 'iframe') {
      const src = new URL((await host.iframe(placeholder).getAttribute('src'))!);
      expect(src.searchParams.get('parentUrl')).toBe(host.url(file) + '?page=2');
    }
  });
}
