// Content keeps its own language and direction whatever the interface's
// (issue 31): the default English explainer under `?locale=ar` is a mirrored
// Arabic widget whose English words still read left to right (the dek's full
// stop at its end, not its start; each card's hint likewise), and an Arabic
// explainer under `?locale=en` is an English widget, not mirrored, whose Arabic
// words read right to left. The root's `lang` is the interface's. Checked on
// screen (which side of its last word each dek's full stop stands; each was
// seen to fail with the content's `dir` taken away), with screenshots of the
// Quotes view at the project's width, light and dark.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures/explainer-page';
import { openWithContent } from './fixtures/page-content';

const ARABIC = readFileSync(path.join(__dirname, '..', 'tests', 'data', 'arabic-ferry.json'), 'utf8');

/**
 * Where the first and the last character of `element`'s text stand on screen
 * (the left edge of each). In a left-to-right line the last is to the right of
 * the first; in a right-to-left one, to the left.
 */
async function endsOnScreen(element: Locator): Promise<{ first: number; last: number }> {
  return element.evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const texts: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if ((node as Text).data.trim()) texts.push(node as Text);
    }
    const box = (node: Text, offset: number) => {
      const range = document.createRange();
      range.setStart(node, offset);
      range.setEnd(node, offset + 1);
      return range.getBoundingClientRect().left;
    };
    const first = texts[0];
    const last = texts[texts.length - 1];
    const lastOffset = last.data.trimEnd().length - 1;
    return { first: box(first, first.data.length - first.data.trimStart().length), last: box(last, lastOffset) };
  });
}

/**
 * Where the last character of `element`'s text (its full stop) stands against
 * the one before it, on the same line: to its right in left-to-right text, to
 * its left in right-to-left text. In the wrong direction the full stop jumps
 * to the other end of the line.
 */
async function fullStopOnScreen(element: Locator): Promise<{ before: number; stop: number }> {
  return element.evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let last: Text | null = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if ((node as Text).data.trim()) last = node as Text;
    }
    const text = last!;
    const end = text.data.trimEnd().length - 1;
    const left = (offset: number) => {
      const range = document.createRange();
      range.setStart(text, offset);
      range.setEnd(text, offset + 1);
      return range.getBoundingClientRect().left;
    };
    return { before: left(end - 1), stop: left(end) };
  });
}

test('English content under an Arabic interface reads left to right in a mirrored widget', async ({
  explainer,
  page,
}) => {
  await page.goto('/?locale=ar');
  await explainer.waitUntilLive();
  const root = explainer.widget();
  await expect(root).toHaveAttribute('lang', 'ar');
  await expect(root).toHaveAttribute('dir', 'rtl');
  // The interface is Arabic: the first tab stands at the right.
  const quotesTab = await explainer.tab('quotes').boundingBox();
  const sourceTab = await explainer.tab('source').boundingBox();
  expect(sourceTab!.x).toBeLessThan(quotesTab!.x);

  const dek = explainer.root().locator('.explainer__dek');
  await expect(dek).toHaveAttribute('lang', 'en');
  await expect(dek).toHaveAttribute('dir', 'ltr');
  await expect(dek).toHaveText(/\.$/);
  const dekStop = await fullStopOnScreen(dek);
  expect(dekStop.stop, 'the dek’s full stop after its last word, to the right').toBeGreaterThan(dekStop.before);

  const hint = explainer.root().locator('.quote-card__hint').first();
  await expect(hint).toHaveAttribute('dir', 'ltr');
  const hintEnds = await endsOnScreen(hint);
  expect(hintEnds.last, 'the hint reads left to right').toBeGreaterThan(hintEnds.first);

  for (const scheme of ['light', 'dark'] as const) {
    await explainer.screenshot('content-direction-english-under-ar', scheme);
  }
  explainer.expectNoErrors();
});

test('Arabic content under an English interface reads right to left in a widget that is not mirrored', async ({
  explainer,
  page,
}) => {
  await openWithContent(page, ARABIC, '?locale=en');
  await explainer.waitUntilLive();
  const root = explainer.widget();
  await expect(root).toHaveAttribute('lang', 'en');
  await expect(root).toHaveAttribute('dir', 'ltr');
  await expect(explainer.root().locator('.explainer__kicker')).toHaveText('Explainer');
  // The interface is English: the first tab stands at the left.
  const quotesTab = await explainer.tab('quotes').boundingBox();
  const sourceTab = await explainer.tab('source').boundingBox();
  expect(quotesTab!.x).toBeLessThan(sourceTab!.x);

  const headline = explainer.headline();
  await expect(headline).toHaveAttribute('lang', 'ar');
  await expect(headline).toHaveAttribute('dir', 'rtl');
  const ends = await endsOnScreen(headline);
  expect(ends.last, 'the headline reads right to left').toBeLessThan(ends.first);
  // The dek's full stop ends it on the left, after its last word.
  const dek = explainer.root().locator('.explainer__dek');
  await expect(dek).toHaveText(/\.$/);
  const dekStop = await fullStopOnScreen(dek);
  expect(dekStop.stop, 'the dek’s full stop after its last word, to the left').toBeLessThan(dekStop.before);
  // Its text starts at the right, in the widget's right half.
  const widgetBox = (await explainer.widget().boundingBox())!;
  expect(ends.first).toBeGreaterThan(widgetBox.x + widgetBox.width / 2);

  for (const scheme of ['light', 'dark'] as const) {
    await explainer.screenshot('content-direction-arabic-under-en', scheme);
  }
  explainer.expectNoErrors();
});
