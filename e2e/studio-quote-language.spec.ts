// A journalist records the language a quote was spoken in: the quote's folded
// "Language and translation" fields, the preview's card saying "Spoken in …",
// and a problem in a folded field that the problem list still leads to (the
// fields unfold, the field takes focus).
import { expect, test } from './fixtures/studio-page';

test('a quote’s language fields reach the preview, and their problems lead back to them', async ({ studio, page }) => {
  await studio.goto();
  await page.getByRole('button', { name: 'Open the default explainer' }).click();
  const form = page.locator('.studio-quote').first();
  const quoteId = await form.getAttribute('data-quote');
  const folded = form.locator('details.studio-quote__language');
  const summary = folded.locator('summary');
  // Folded, and says what is set: the default content's first quote says nothing.
  await expect(folded).not.toHaveAttribute('open', '');
  await expect(summary).toHaveText('Language and translation');
  // The closing remark, which the report says was in English, says so.
  await expect(page.locator('.studio-quote[data-quote="next-time-in-moscow"] summary')).toContainText(
    'spoken in en',
  );

  await summary.click();
  await form.getByLabel('Spoken in (language tag)').fill('ru');
  await expect(summary).toContainText('Language and translation: spoken in ru');
  const card = studio.preview().locator(`li[data-quote="${quoteId}"]`);
  await card.getByRole('button').first().click();
  await expect(card.locator('.quote-card__language')).toHaveText('Spoken in Russian. The translation is the report’s.');

  // The original in another language than the one spoken: an error, at its field.
  await form.getByLabel('The original, as spoken (where you have it)').fill('Давно пора.');
  await form.getByLabel('Original’s language tag').fill('uk');
  const listed = page.locator('.studio-problems__item--error').filter({ hasText: '.original.language' });
  await expect(listed).toContainText('The original words are marked “uk”');
  await summary.click();
  await expect(folded).not.toHaveAttribute('open', '');
  await expect(summary).toContainText('(has a problem)');
  await listed.getByRole('button').click();
  const field = page.locator('#studio-quote-0-original_language');
  await expect(field).toBeFocused();
  await expect(field).toBeVisible();
  await expect(field).toHaveAttribute('aria-invalid', 'true');

  await field.fill('ru');
  await expect(listed).toHaveCount(0);
  const original = card.locator('.quote-card__original');
  await expect(original.locator('summary')).toHaveText('The original, in Russian');
  await original.locator('summary').click();
  await expect(original.locator('blockquote')).toHaveAttribute('lang', 'ru');
  await expect(original.locator('blockquote')).toHaveText('Давно пора.');
  await studio.screenshot('studio-quote-language', form);
});
