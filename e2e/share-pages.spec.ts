// Every quote has a share page for social crawlers (which run no script and never
// see fragments): meta tags naming the quote, a 1200×630 image, and a light page
// of the quote, its speaker and context that sends a reader's browser on to the
// explainer opened at that quote.
import { axeViolations } from './fixtures/axe';
import { expect, test } from './fixtures/explainer-page';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { CONTENT as content } from './fixtures/content';

function meta(html: string, key: string): string | undefined {
  const match = html.match(new RegExp(`<meta (?:property|name)="${key.replace(':', '\\:')}" content="([^"]*)"`));
  return match?.[1];
}

test('every share page has valid meta tags and a 1200×630 PNG', async ({ request }) => {
  for (const quote of content.quotes) {
    const response = await request.get(`/quote/${quote.id}/`);
    expect(response.ok(), quote.id).toBeTruthy();
    const html = await response.text();
    expect(meta(html, 'og:title'), quote.id).toContain(quote.text.replace(/&/g, '&amp;'));
    expect(meta(html, 'og:description'), quote.id).toBeTruthy();
    expect(meta(html, 'og:image'), quote.id).toBe('card.png');
    expect(meta(html, 'og:image:width')).toBe('1200');
    expect(meta(html, 'og:image:height')).toBe('630');
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    expect(html).toMatch(/<link rel="canonical" href="[^"]+" \/>/);

    const png = await (await request.get(`/quote/${quote.id}/card.png`)).body();
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR: width and height as big-endian 32-bit integers at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], quote.id).toEqual([1200, 630]);
  }
});

test('a reader who opens a share page lands in the explainer at its quote', async ({ explainer, page }) => {
  await page.goto('/quote/next-time-in-moscow/');
  await page.waitForURL(/\/#quote-next-time-in-moscow$/);
  await explainer.waitUntilLive();
  const card = explainer.quoteCard('next-time-in-moscow');
  await expect(card.locator('button.quote-card__toggle')).toHaveAttribute('aria-expanded', 'true');
  await expect(card).toBeInViewport();
  await expect(card).toBeFocused();
  explainer.expectNoErrors();
});

test('a share page reads on its own, as a crawler sees it, and is light', async ({ page }, testInfo) => {
  // A crawler runs no script: keep the redirect from running.
  await page.route('**/quote/redirect.js', (route) => route.abort());
  const quote = content.quotes.find((q) => q.id === 'long-overdue')!;
  const response = await page.goto('/quote/long-overdue/');
  expect(response!.ok()).toBeTruthy();
  // The light page: no widget, no WebAssembly, a few kilobytes.
  expect((await response!.body()).length).toBeLessThan(8_000);
  await expect(page.locator('#explainer')).toHaveCount(0);
  const main = page.getByRole('main');
  await expect(main.locator('blockquote')).toHaveText(`“${quote.text}”`);
  await expect(main.locator('.share__speaker')).toHaveText('Vladimir Putin');
  await expect(main.locator('.share__context')).toHaveText(quote.context);
  const link = main.getByRole('link', { name: 'Read it in context in the explainer' });
  await expect(link).toHaveAttribute('href', '../../#quote-long-overdue');
  // Its stylesheet applies under the strict CSP's 'self'.
  expect(await main.locator('blockquote').evaluate((el) => getComputedStyle(el).borderInlineStartWidth)).toBe('4px');
  const dir = path.join(testInfo.project.testDir, 'screenshots');
  await mkdir(dir, { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await axeViolations(page, 'main'), scheme).toEqual([]);
    await page.screenshot({ path: path.join(dir, `share-page-${testInfo.project.name}-${scheme}.png`), fullPage: true });
  }

  // The link leads to the quote, opened.
  await link.click();
  await page.waitForURL(/\/#quote-long-overdue$/);
  await expect(page.locator('#quote-long-overdue button.quote-card__toggle')).toHaveAttribute('aria-expanded', 'true');
});
