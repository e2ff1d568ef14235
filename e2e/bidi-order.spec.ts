// Issue #32: invisible right-to-left marks (U+200F) around the words of an
// English sentence turned it round on screen ("Ukraine will attack Russia")
// wherever the widget showed it with `dir="auto"`. A quote without
// right-to-left letters now reads in the article's direction, so the words
// stand on screen in the order the file has them: the card's sentence and the
// article view of tests/data/bidi-marks.json show "Russia" left of "Ukraine".
// The quote opens with a dash (no direction of its own), so the first
// character with a direction in the quoted passage is a right-to-left mark:
// with `dir="auto"` the passage would read right to left, and this spec fails
// (checked with `quote_direction` made to answer "auto" again).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures/explainer-page';
import { openWithContent } from './fixtures/page-content';

const FIXTURE = readFileSync(path.join(__dirname, '..', 'tests', 'data', 'bidi-marks.json'), 'utf8');
const QUOTE_ID = 'attack';

/** Where a word's first glyph box is on screen, inside `element`. */
async function wordBox(element: Locator, word: string): Promise<{ top: number; left: number; right: number }> {
  return element.evaluate((root, word) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(word);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + word.length);
      const box = [...range.getClientRects()].find((r) => r.width > 0)!;
      return { top: box.top, left: box.left, right: box.right };
    }
    throw new Error(`no “${word}” in the element`);
  }, word);
}

/**
 * Expects `first` before `second` in a left-to-right reading of `element` on
 * screen: on an earlier line, or on the same line and to its left (a phone
 * wraps the sentence).
 */
async function expectLeftOf(element: Locator, first: string, second: string, where: string) {
  const [a, b] = [await wordBox(element, first), await wordBox(element, second)];
  const sameLine = Math.abs(a.top - b.top) < 4;
  const before = sameLine ? a.right <= b.left : a.top < b.top;
  expect(before, `${where}: “${first}” before “${second}” on screen ${JSON.stringify({ a, b })}`).toBe(true);
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
