// Issue #32: invisible right-to-left marks (U+200F) around the words of an
// English sentence turned it round on screen ("Ukraine will attack Russia")
// wherever the widget showed it with `dir="auto"`. A quote without
// right-to-left letters now reads in the article's direction, so the words
// stand on screen in the order the file has them: the card's sentence and the
// article view of tests/data/bidi-marks.json show "Russia" left of "Ukraine".
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures/explainer-page';
import { openWithContent } from './fixtures/page-content';
import { quoteLayout } from './fixtures/text-layout';

const FIXTURE = readFileSync(path.join(__dirname, '..', 'tests', 'data', 'bidi-marks.json'), 'utf8');
const QUOTE_ID = 'attack';

/** Expects `first` to stand left of `second` inside `element`, on screen. */
async function expectLeftOf(element: Locator, first: string, second: string, where: string) {
  const [a, b] = [await quoteLayout(element, first), await quoteLayout(element, second)];
  expect(a.words.right, `${where}: “${first}” left of “${second}” ${JSON.stringify({ a, b })}`).toBeLessThanOrEqual(
    b.words.left,
  );
}

test.beforeEach(async ({ explainer, page }) => {
  await openWithContent(page, FIXTURE);
  await explainer.waitUntilLive();
});

test('words around invisible right-to-left marks keep their order in the card and the article', async ({
  explainer,
}) => {
  const card = explainer.quoteCard(QUOTE_ID);
  await expectLeftOf(card.locator('.quote-card__text'), 'Russia', 'Ukraine', 'card title');
  await card.locator('button.quote-card__toggle').click();
  await expectLeftOf(card.locator('.quote-card__context-text p'), 'Russia', 'Ukraine', 'card sentence');

  await explainer.showView('source');
  const paragraph = explainer.root().locator('.source-text p', { hasText: 'will attack' });
  await expect(paragraph.locator(`mark[data-quote="${QUOTE_ID}"]`)).toHaveAttribute('dir', 'ltr');
  await expectLeftOf(paragraph, 'Russia', 'Ukraine', 'article');
  explainer.expectNoErrors();
});
