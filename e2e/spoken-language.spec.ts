// A quote says the language it was spoken in (tests/data/spoken-languages.json:
// Russian with the original words and a named translator, French in the report's
// own translation, Ukrainian printed as spoken, English): the opened card reads
// the line, and the original words open from a disclosure of their own, by
// keyboard, carrying their language for screen readers.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { axeViolations } from './fixtures/axe';
import { expect, test } from './fixtures/explainer-page';
import { openWithContent } from './fixtures/page-content';

const FIXTURE = readFileSync(path.join(__dirname, '..', 'tests', 'data', 'spoken-languages.json'), 'utf8');
const ORIGINAL = JSON.parse(FIXTURE).quotes[0].original.text as string;

test.beforeEach(async ({ explainer, page }) => {
  await openWithContent(page, FIXTURE);
  await explainer.waitUntilLive();
});

test('each opened card says the language its quote was spoken in', async ({ explainer }) => {
  const lines: Record<string, string> = {
    'share-not-count': 'Spoken in Russian. Translated by Daniel Reyes.',
    'no-town-left-dry': 'Spoken in French. The translation is the report’s.',
    'my-hotovi': 'Spoken in Ukrainian.',
    'see-you-in-june': 'Spoken in English.',
  };
  for (const [id, line] of Object.entries(lines)) {
    const card = explainer.quoteCard(id);
    const language = card.locator('.quote-card__language');
    await expect(language).toBeHidden();
    await card.locator('button.quote-card__toggle').click();
    await expect(language).toHaveText(line);
  }
  // Printed untranslated, the Ukrainian words are marked as Ukrainian.
  await expect(explainer.quoteCard('my-hotovi').locator('.quote-card__text bdi')).toHaveAttribute('lang', 'uk');
  explainer.expectNoErrors();
});

test('the original words open by keyboard, in their own language', async ({ explainer, page }) => {
  const card = explainer.quoteCard('share-not-count');
  await card.locator('button.quote-card__toggle').focus();
  await page.keyboard.press('Enter');
  const original = card.locator('details.quote-card__original');
  const words = original.locator('blockquote');
  await expect(words).toBeHidden();
  const summary = original.locator('summary');
  await expect(summary).toHaveText('The original, in Russian');
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(words).toBeVisible();
  await expect(words).toHaveText(ORIGINAL);
  await expect(words).toHaveAttribute('lang', 'ru');
  // Only the quote with original words has the disclosure.
  await expect(explainer.root().locator('.quote-card__original')).toHaveCount(1);

  expect(await axeViolations(page)).toEqual([]);
  await explainer.screenshot('spoken-language', 'light');
  await explainer.screenshot('spoken-language', 'dark');
  explainer.expectNoErrors();
});
