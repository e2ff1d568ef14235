// Content from a URL (`?src=` on the widget page, `data-src` on an embed;
// docs/EMBEDDING.md "Content from a URL, and its failures"): the file shows in
// place of the bundled content, and every way it can fail ends in a clear
// message in an alert (never a blank box): 404, another HTTP error, a failed
// request, a timeout, a file that is not JSON, a file against the schema. The
// load failures have a "Try again" button that fetches the file again. The same
// holds inline (data-src on an inline placeholder) and in an iframe made by
// embed.js (data-src becomes the iframe's ?src=).
//
// What the messages say and when is the same at every width, so this spec runs
// on the desktop project only (playwright.config.ts); where the message stands
// in a frame, which is a matter of width, is embed-data-src-frame.spec.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { EmbeddedWidget, expect, test } from './fixtures/embed-host';
import { HEADLINE } from './fixtures/explainer-page';

/** The sample explainer the build copies into dist/ (a fictional council vote). */
const SAMPLE_FILE = path.join(__dirname, '..', 'dist', 'sample-explainer.json');
const SAMPLE_QUOTES = ['careful-budget', 'library-on-the-weekend', 'money-for-the-garages', 'vote-on-a-number'];

/** The widget on its own page (`#explainer`), whatever it shows. */
function standalone(page: Page): EmbeddedWidget {
  return new EmbeddedWidget(page.locator('#explainer'));
}

/**
 * Matches requests for exactly this path. A glob for the file would also match
 * the widget page that names it, `/?src=/x.json`.
 */
function at(pathname: string): (url: URL) => boolean {
  return (url) => url.pathname === pathname;
}

/** The absolute URL of a path on the test server. */
function absolute(baseURL: string | undefined, pathname: string): string {
  return new URL(pathname, baseURL).href;
}

/** A fresh copy of the sample explainer, to break in a test. */
function sample(): Record<string, any> {
  return JSON.parse(readFileSync(SAMPLE_FILE, 'utf8'));
}

/**
 * Exactly one alert in `widget`, visible, with `text` in it; and nothing of the
 * default explainer (no headline, no quote cards) around it.
 */
async function expectOnlyAlert(widget: EmbeddedWidget, text: string | RegExp): Promise<void> {
  const alert = widget.scope.getByRole('alert');
  await expect(alert, 'one message, as an alert').toHaveCount(1);
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(text);
  await expect(widget.scope.getByText(HEADLINE), 'the default content is not shown').toHaveCount(0);
  await expect(widget.quotes.cards(), 'no quote cards with a failed load').toHaveCount(0);
}

test.describe('?src= on the widget page', () => {
  test('a missing file (404) says "was not found (HTTP 404)" with its URL, and offers Try again', async ({
    page,
    baseURL,
  }) => {
    const url = absolute(baseURL, '/missing.json');
    await page.goto('/?src=/missing.json');
    const widget = standalone(page);
    await expect(widget.loadError()).toHaveText(
      `The explainer at ${url} was not found (HTTP 404). Check the address in data-src or ?src=.`,
    );
    await expectOnlyAlert(widget, `The explainer at ${url} was not found (HTTP 404)`);
    // The message element itself is inside the alert.
    await expect(widget.scope.getByRole('alert').locator('.explainer__load-error')).toHaveCount(1);
    await expect(widget.retryButton()).toBeVisible();
    await expect(widget.retryButton()).toBeEnabled();
  });

  test('a server error (500) says "the server answered HTTP 500"', async ({ page, baseURL }) => {
    const url = absolute(baseURL, '/broken-server.json');
    await page.route(at('/broken-server.json'), (route) =>
      route.fulfill({ status: 500, contentType: 'text/plain', body: 'boom' }),
    );
    await page.goto('/?src=/broken-server.json');
    const widget = standalone(page);
    await expectOnlyAlert(widget, `The explainer at ${url} could not be loaded: the server answered HTTP 500`);
    // With or without the status text, the sentence ends there.
    await expect(widget.loadError()).toHaveText(
      new RegExp(`^The explainer at ${escape(url)} could not be loaded: the server answered HTTP 500( [A-Za-z ]+)?\\.$`),
    );
    await expect(widget.retryButton()).toBeVisible();
  });

  test('a failed request says so and names CORS as a possible cause', async ({ page, baseURL }) => {
    const url = absolute(baseURL, '/unreachable.json');
    await page.route(at('/unreachable.json'), (route) => route.abort('connectionrefused'));
    await page.goto('/?src=/unreachable.json');
    const widget = standalone(page);
    await expectOnlyAlert(widget, url);
    await expect(widget.loadError()).toHaveText(
      `The explainer at ${url} could not be loaded: the request failed. The reader may be offline, or the server may not allow this page to read the file (CORS).`,
    );
    await expect(widget.retryButton()).toBeVisible();
  });

  test('while the file is on its way the widget says "Loading the explainer…" (status, busy)', async ({ page }) => {
    // Never answered; the default timeout (15 s) is longer than this test looks.
    await page.route(at('/pending.json'), () => {});
    await page.goto('/?src=/pending.json');
    const loading = page.locator('#explainer').getByRole('status').filter({ hasText: 'Loading the explainer…' });
    await expect(loading).toBeVisible();
    await expect(loading).toHaveAttribute('aria-busy', 'true');
    await expect(page.locator('#explainer').getByText(HEADLINE), 'no pre-rendered default behind it').toHaveCount(0);
  });

  test('no answer within ?timeout=1 says "did not arrive within 1 second"', async ({ page, baseURL }) => {
    const url = absolute(baseURL, '/slow.json');
    // The request is never answered: only the widget's timeout can end it.
    await page.route(at('/slow.json'), () => {});
    await page.goto('/?src=/slow.json&timeout=1');
    const widget = standalone(page);
    // Within the 10 s expect timeout, so the 15 s default would fail this.
    await expect(widget.loadError()).toHaveText(`The explainer at ${url} did not arrive within 1 second.`);
    await expectOnlyAlert(widget, url);
    await expect(widget.retryButton()).toBeVisible();
  });

  test('a file that is not JSON lists the problem under "content has errors", naming the URL', async ({
    page,
    baseURL,
  }) => {
    const url = absolute(baseURL, '/truncated.json');
    await page.route(at('/truncated.json'), (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"article": ' }),
    );
    await page.goto('/?src=/truncated.json');
    const widget = standalone(page);
    await expectOnlyAlert(widget, `The explainer at ${url} could not be shown because its content has errors:`);
    const errors = widget.contentErrors();
    await expect(errors).toHaveAttribute('role', 'alert');
    const items = errors.locator('ul.content-errors > li');
    await expect(items).toHaveCount(1);
    await expect(items.first().locator('code')).toHaveText(/^\$/);
    await expect(items.first()).toContainText('The file is not a valid explainer');
    await expect(items.first()).toContainText(/line 1, column \d+/);
  });

  test('a file against the schema lists each problem with its JSON path', async ({ page, baseURL }) => {
    // Wrong type: a quote's text is a number.
    const wrongType = sample();
    wrongType.quotes[0].text = 42;
    // Missing required field: the article has no headline.
    const missing = sample();
    delete missing.article.headline;
    // Valid JSON of the right shape, but an empty headline and a misquote.
    const invalid = sample();
    invalid.article.headline = '';
    invalid.quotes[1].text = 'words that nobody said in this article';
    const files: Record<string, string> = {
      'wrong-type.json': JSON.stringify(wrongType),
      'missing-field.json': JSON.stringify(missing),
      'invalid.json': JSON.stringify(invalid),
    };
    await page.route((url) => url.pathname.startsWith('/schema/'), (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: files[path.basename(new URL(route.request().url()).pathname)],
      }),
    );

    const cases: { file: string; paths: string[]; text: (string | RegExp)[] }[] = [
      { file: 'wrong-type.json', paths: ['$.quotes[0].text'], text: [/invalid type/] },
      { file: 'missing-field.json', paths: ['$.article'], text: [/missing field `headline`/] },
      { file: 'invalid.json', paths: ['$.article.headline', '$.quotes[1].text'], text: ['must not be empty'] },
    ];
    for (const { file, paths, text } of cases) {
      await test.step(file, async () => {
        const url = absolute(baseURL, `/schema/${file}`);
        await page.goto(`/?src=/schema/${file}`);
        const widget = standalone(page);
        await expectOnlyAlert(widget, `The explainer at ${url} could not be shown because its content has errors:`);
        const codes = widget.contentErrors().locator('ul.content-errors > li > code');
        await expect(codes).toHaveCount(paths.length);
        expect((await codes.allTextContents()).sort()).toEqual([...paths].sort());
        for (const t of text) await expect(widget.contentErrors()).toContainText(t);
      });
    }
  });

  test('Try again fetches the file again: a 404, then the file is there, then the explainer shows', async ({
    page,
    baseURL,
  }) => {
    const requests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/retry.json') requests.push(request.url());
    });
    const retryFile = at('/retry.json');
    await page.route(retryFile, (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'nope' }));
    await page.goto('/?src=/retry.json');
    const widget = standalone(page);
    await expectOnlyAlert(widget, `The explainer at ${absolute(baseURL, '/retry.json')} was not found (HTTP 404)`);
    expect(requests).toHaveLength(1);

    // The file appears on the server.
    await page.unroute(retryFile);
    await page.route(retryFile, (route) => route.fulfill({ path: SAMPLE_FILE, contentType: 'application/json' }));
    await widget.retryButton().click();

    await expect(widget.headline()).toContainText('Riverton');
    await widget.waitUntilLive();
    await expect(widget.scope.getByRole('alert')).toHaveCount(0);
    await expect(widget.retryButton()).toHaveCount(0);
    expect(requests).toHaveLength(2);
    expect((await widget.quotes.cardOrder()).sort()).toEqual(SAMPLE_QUOTES);
  });

  test('a good file shows that explainer and its quotes in place of the pre-rendered default', async ({
    page,
    host,
  }) => {
    await page.goto('/?src=/sample-explainer.json');
    const widget = standalone(page);
    await widget.waitUntilLive();
    await expect(widget.headline()).toHaveText('Sample: Riverton council delays its budget vote over library hours');
    // One widget, the sample's: the pre-rendered default markup is gone, not hidden.
    await expect(page.locator('#explainer .explainer')).toHaveCount(1);
    await expect(page.locator('#explainer').getByText(HEADLINE)).toHaveCount(0);
    await expect(page.locator('#quote-long-overdue')).toHaveCount(0);
    expect((await widget.quotes.cardOrder()).sort()).toEqual(SAMPLE_QUOTES);
    // And it is live: a card opens, with the quote marked in its sentence.
    const card = widget.quotes.card('careful-budget');
    await card.expand();
    await expect(card.contextMark()).toHaveText(/a careful budget for a careful year/);
    await expect(widget.scope.getByRole('alert')).toHaveCount(0);
    host.expectNoErrors();
  });
});

test('inline: data-src of a missing file shows the 404 message in that instance only', async ({ host, baseURL }) => {
  await host.goto('inline-bad-src.html');
  const bad = host.inline('bad');
  const good = host.inline('good');
  // The loader resolves data-src against the host page and passes it absolute.
  const url = absolute(baseURL, '/missing.json');
  await expect(bad.loadError()).toHaveText(
    `The explainer at ${url} was not found (HTTP 404). Check the address in data-src or ?src=.`,
  );
  const alert = bad.scope.getByRole('alert');
  await expect(alert).toHaveCount(1);
  await expect(alert).toBeVisible();
  await expect(bad.retryButton()).toBeVisible();
  await expect(bad.quotes.cards()).toHaveCount(0);
  // The fallback link was replaced (the placeholder is not left as it was).
  await expect(host.page.locator('#bad').getByRole('link', { name: 'Open the explainer' })).toHaveCount(0);
  // The other instance is unaffected.
  await good.waitUntilLive();
  await expect(good.headline()).toHaveText(HEADLINE);
  await expect(good.scope.getByRole('alert')).toHaveCount(0);
});

/** `text` as a literal in a RegExp. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
