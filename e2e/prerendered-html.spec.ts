// The page as served, before any script runs, already holds the whole explainer:
// the article text, every quote and every tracker item, plus structured data.
import { expect, test } from './fixtures/explainer-page';
import { CONTENT as content } from './fixtures/content';

test('the served HTML contains every quote, tracker item and the article text', async ({ request }) => {
  const response = await request.get('/');
  expect(response.ok()).toBeTruthy();
  const html = await response.text();
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

  expect(html).toContain('data-prerendered=');
  for (const quote of content.quotes) {
    expect(html, quote.id).toContain(`id="quote-${quote.id}"`);
    expect(html, quote.id).toContain(escape(quote.context));
  }
  for (const deal of content.tracker) {
    expect(html, deal.id).toContain(`id="deal-${deal.id}"`);
    expect(html, deal.id).toContain(escape(deal.summary));
  }
  for (const section of content.source) {
    for (const paragraph of section.paragraphs) {
      // Highlights split paragraphs into elements; every sentence's words are there.
      for (const piece of paragraph.split(/[“”]/)) {
        expect(html).toContain(escape(piece.trim()));
      }
    }
  }
});

test('the served HTML carries NewsArticle and Quotation structured data', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const match = html.match(/<script type="application\/ld\+json">(.*?)<\/script>/s);
  expect(match, 'a JSON-LD script').not.toBeNull();
  const graph = JSON.parse(match![1])['@graph'];
  expect(graph[0]['@type']).toBe('NewsArticle');
  expect(graph[0].headline).toBe(content.article.headline);
  const quotations = graph.filter((node: { '@type': string }) => node['@type'] === 'Quotation');
  expect(quotations.map((q: { text: string }) => q.text)).toEqual(content.quotes.map((q) => q.text));
  expect(quotations[0].isPartOf['@id']).toBe(graph[0]['@id']);
});
