// Hostile but small content (issue #17, "Small files, big costs") stays a small
// problem in the reader's tab: a word repeated 50,000 times (100 KB, which once
// trapped the Wasm out of memory and left "Loading the explainer…" for ever)
// shows a short error report, and 1,000 quotes in one paragraph without full
// stops go live with cards that show a window of the paragraph, not all of it.
// The files are made as tests/data/hostile/generate.mjs makes them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures/explainer-page';
import { openWithContent } from './fixtures/page-content';

const VALID = path.join(__dirname, '..', 'tests', 'data', 'valid.json');

/** valid.json plus a section holding `paragraph` and the given extra quotes. */
function explainer(paragraph: string, texts: string[]): string {
  const doc = JSON.parse(readFileSync(VALID, 'utf8'));
  doc.source.push({ heading: 'Hostile', paragraphs: [paragraph] });
  doc.quotes.push(
    ...texts.map((text, i) => ({ id: `hostile-${i}`, speaker: 'putin', text, context: 'Hostile input.' })),
  );
  return JSON.stringify(doc);
}

for (const times of [8_000, 50_000]) {
  test(`the quote "x" in "x x x …" ${times} times is a short error report`, async ({ explainer: widget, page }) => {
    await openWithContent(page, explainer(Array(times).fill('x').join(' '), ['x']));
    const alert = widget.root().getByRole('alert');
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(`occurs ${times} times`);
    await expect(alert).toContainText(`and ${times - 3} more`);
    expect((await alert.textContent())!.length).toBeLessThan(3_000);
    expect(widget.errors).toEqual([]);
  });
}

test('1,000 quotes in one paragraph without full stops: each card shows a window of it', async ({
  explainer: widget,
  page,
}) => {
  // A thousand cards drawn afresh (the page's pre-render shows other content):
  // about 10 s on a busy two-core machine.
  test.slow();
  const words = ['talks', 'deal', 'border', 'envoy', 'trade', 'the', 'of', 'said'];
  const run: string[] = [];
  for (let i = 0; i < 1_000; i++) {
    run.push(`k${i}tok`, ...Array.from({ length: 45 }, (_, j) => words[(i + j) % words.length]));
  }
  const paragraph = run.join(' ');
  await openWithContent(page, explainer(paragraph, run.filter((word) => word.endsWith('tok'))));
  await widget.waitUntilLive();
  const card = widget.quoteCard('hostile-500');
  await card.locator('button.quote-card__toggle').click();
  const context = card.locator('blockquote');
  await expect(context.locator('mark')).toHaveText('k500tok');
  const shown = (await context.textContent())!;
  expect(shown.startsWith('…') && shown.endsWith('…')).toBe(true);
  expect(shown.length).toBeLessThan(1_000);
  expect(paragraph.length).toBeGreaterThan(240_000);
  expect(widget.errors).toEqual([]);
});
