// Making a quote by selecting words: with the mouse, or with the keyboard through
// "Find in article". The quote is anchored; a prefix is added only when its words
// occur more than once, and the Studio says so.
import { ARTICLE, DRAFTED_QUOTES, expect, test } from './fixtures/studio-page';

test('selecting words with the mouse makes an anchored quote', async ({ studio, page }) => {
  await studio.goto();
  await studio.draftFrom(ARTICLE);

  await studio.selectWithMouse('met for six hours');
  await expect(studio.selected()).toHaveText('met for six hours');
  await studio.makeQuote({ newSpeaker: 'Anna Keller', context: 'How long the first day ran.' });

  await expect(studio.message()).toContainText('occur once in the article, so it needs no prefix or suffix');
  const quote = studio.quote('met-for-six-hours');
  await expect(quote).toContainText('Found in the article.');
  await expect(quote.getByLabel('Prefix (text just before)')).toHaveValue('');
  await expect(quote.getByLabel('Speaker')).toHaveValue('anna-keller');
  // In article order: the first quote, before every drafted one.
  await expect(page.locator('.studio-quote').first()).toHaveAttribute('data-quote', 'met-for-six-hours');
  await expect(page.locator('.studio-quote')).toHaveCount(DRAFTED_QUOTES + 1);
  await expect(studio.preview().locator('#quote-met-for-six-hours')).toBeVisible();
});

test('find in article selects words from the keyboard; a repeat gets a prefix', async ({ studio, page }) => {
  await studio.goto();
  await studio.draftFrom(ARTICLE);

  await studio.find('We will not retreat');
  await expect(studio.message()).toContainText('Found 2 times');
  await page.getByRole('button', { name: 'Next match' }).press('Enter');
  await expect(studio.message()).toContainText('place 2 is selected');
  await expect(studio.selected()).toHaveText('We will not retreat');

  // Place 2 is a quote the draft made already: the maker offers it, rather
  // than making a twin without a word.
  await expect(page.locator('.studio-maker__existing')).toContainText('These words are already quote');
  await expect(page.getByRole('button', { name: 'Open the existing quote' })).toBeVisible();

  await page.getByLabel('Context: why it matters').fill('Hale repeats her words.');
  await page.getByRole('button', { name: 'Make another quote of them anyway' }).focus();
  await page.keyboard.press('Enter');
  await expect(studio.message()).toContainText('occur 2 times in the article, so the prefix');
  // Its id is led by a word of its prefix, not numbered: a public address
  // that says which place it is.
  const made = (await studio.message().textContent())?.match(/Made the quote “([^”]+)”/)?.[1] ?? '';
  expect(made).toMatch(/^[a-z]+-we-will-not/);
  expect(made).not.toMatch(/-\d+$/);
  const quote = studio.quote(made);
  await expect(quote).toContainText('occur 2 times and the prefix or suffix says which');
  await expect(quote.getByLabel('Prefix (text just before)')).not.toHaveValue('');
  // Made anyway, the twin is a warning in the problem list.
  await expect(studio.problemCount()).not.toHaveAttribute('data-warnings', '0');
});

test('editing a quote re-anchors it live and shows the closest passage', async ({ studio, page }) => {
  await studio.goto();
  await studio.draftFrom(ARTICLE);
  const quote = page.locator('.studio-quote').filter({ hasText: 'frank' });
  const words = quote.getByLabel('Words');
  await words.fill('frank and short.');
  await expect(quote).toContainText('Not in the article.');
  await expect(quote.locator('.studio-anchor__closest')).toHaveText('frank and long.');
  await expect(quote.locator('del')).toHaveText('short.');
  await expect(studio.problemCount()).toHaveAttribute('data-errors', '1');
  // The problem's path leads to the field.
  await page.locator('.studio-problems__item--error').getByRole('button').click();
  await expect(words).toBeFocused();
  await words.fill('frank and long.');
  await expect(quote).toContainText('Found in the article.');
  await expect(studio.problemCount()).toHaveAttribute('data-errors', '0');
});
