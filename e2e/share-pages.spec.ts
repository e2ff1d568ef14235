// Every quote has a share page for social crawlers (which run no script and never
// see fragments): meta tags naming the quote, a 1200×630 image, and the full
// widget opened at that quote.
import { expect, test } from './fixtures/explainer-page';
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

test('a share page opens the full widget at its quote', async ({ explainer, page }) => {
  await page.goto('/quote/next-time-in-moscow/');
  await explainer.waitUntilLive();
  const card = explainer.quoteCard('next-time-in-moscow');
  await expect(card.locator('button.quote-card__toggle')).toHaveAttribute('aria-expanded', 'true');
  await expect(card).toBeInViewport();
  await expect(card).toBeFocused();
  explainer.expectNoErrors();
});
