// A quote and a name in a right-to-left script inside an English explainer
// (tests/data/mixed-direction.json: a one-word Arabic quote, a speaker whose name
// is written in Arabic) are isolated from the text around them: the quotation
// marks stay at the ends an English reader expects, the card's title stays
// left-aligned, and the tracker's evidence line keeps its marks and the name apart.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures/explainer-page';
import { openWithContent } from './fixtures/page-content';
import { quoteLayout, type QuoteLayout } from './fixtures/text-layout';

const FIXTURE = readFileSync(path.join(__dirname, '..', 'tests', 'data', 'mixed-direction.json'), 'utf8');
const CONTENT = JSON.parse(FIXTURE);
const QUOTE: string = CONTENT.quotes[0].text;
const QUOTE_ID: string = CONTENT.quotes[0].id;
const NAME: string = CONTENT.people[0].name;

/** The marks sit outside the words: the opening one on the left, the closing one on the right. */
function expectMarksAtTheEnds(layout: QuoteLayout, what: string) {
  expect(layout.opening, `${what}: an opening mark`).not.toBeNull();
  expect(layout.closing, `${what}: a closing mark`).not.toBeNull();
  expect(layout.opening!.right, `${what}: “ left of the words ${JSON.stringify(layout)}`).toBeLessThanOrEqual(
    layout.words.left + 0.5,
  );
  expect(layout.closing!.left, `${what}: ” right of the words ${JSON.stringify(layout)}`).toBeGreaterThanOrEqual(
    layout.words.right - 0.5,
  );
}

test.beforeEach(async ({ explainer, page }) => {
  await openWithContent(page, FIXTURE);
  await explainer.waitUntilLive();
});

test('a card with an Arabic quote keeps its marks at the ends and its title to the left', async ({ explainer }) => {
  const card = explainer.quoteCard(QUOTE_ID);
  const title = card.locator('.quote-card__text');
  const layout = await quoteLayout(title, QUOTE);
  expectMarksAtTheEnds(layout, 'card title');
  // The title reads left to right, from the card's left edge, like the rest of the card.
  expect(layout.direction).toBe('ltr');
  expect(layout.opening!.left - layout.box.left, `the title starts at the left ${JSON.stringify(layout)}`).toBeLessThan(2);
  // The words themselves run right to left.
  expect(await title.locator('bdi').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');

  // The Arabic name stands at the left too, with its own direction.
  const speaker = card.locator('.quote-card__speaker');
  const name = await quoteLayout(speaker, NAME);
  expect(name.words.left - name.box.left, `the name starts at the left ${JSON.stringify(name)}`).toBeLessThan(2);

  // Opened, the sentence around the quote keeps the article's marks outside it.
  await card.locator('button.quote-card__toggle').click();
  expectMarksAtTheEnds(await quoteLayout(card.locator('.quote-card__context-text p'), QUOTE), 'in context');
  explainer.expectNoErrors();
});

test('tracker evidence keeps the quote, its marks and the speaker apart', async ({ explainer }) => {
  await explainer.showView('tracker');
  const evidence = explainer.root().locator('.evidence--quote');
  const quote = await quoteLayout(evidence, QUOTE);
  expectMarksAtTheEnds(quote, 'evidence');
  // The speaker's name follows the closing mark, after the dash, not before it.
  const name = await quoteLayout(evidence, NAME);
  expect(name.words.left, `the name after the quote ${JSON.stringify({ quote, name })}`).toBeGreaterThan(
    quote.closing!.right,
  );
  explainer.expectNoErrors();
});

test('the article keeps its marks around the highlighted Arabic quote', async ({ explainer }) => {
  await explainer.showView('source');
  const paragraph = explainer.root().locator('.source-text p', { hasText: QUOTE });
  expectMarksAtTheEnds(await quoteLayout(paragraph, QUOTE), 'source');
  await expect(paragraph.locator(`mark[data-quote="${QUOTE_ID}"]`)).toHaveAttribute('dir', 'auto');
  explainer.expectNoErrors();
});
