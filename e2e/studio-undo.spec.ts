// Undo and redo across edits: the buttons, and Ctrl+Z / Shift+Ctrl+Z outside text
// fields (inside one, the browser's own undo of the typing comes first).
import { ARTICLE, DRAFTED_QUOTES, expect, test } from './fixtures/studio-page';

test('undo and redo take back and make again a quote and an edit', async ({ studio, page }) => {
  await studio.goto();
  await studio.draftFrom(ARTICLE);
  await page.getByLabel('Headline').fill('Geneva talks resume');
  await studio.find('met for six hours');
  await studio.makeQuote({ context: 'How long it ran.' });
  const quotes = page.locator('.studio-quote');
  await expect(quotes).toHaveCount(DRAFTED_QUOTES + 1);

  // Make quote put focus in the new quote's words; the keys outside a text field.
  await expect(page.locator(':focus')).toHaveValue('met for six hours');
  await page.getByRole('button', { name: 'Undo' }).focus();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(quotes).toHaveCount(DRAFTED_QUOTES);
  await expect(page.getByLabel('Headline')).toHaveValue('Geneva talks resume');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Headline')).toHaveValue('TODO: headline');
  // Undo put focus on the field it restored; the keys again from outside it.
  await expect(page.getByLabel('Headline')).toBeFocused();
  await page.getByRole('button', { name: 'Redo' }).focus();
  await page.keyboard.press('Shift+Control+z');
  await expect(page.getByLabel('Headline')).toHaveValue('Geneva talks resume');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(quotes).toHaveCount(DRAFTED_QUOTES + 1);
  await expect(page.getByRole('button', { name: 'Redo' })).toBeDisabled();
});
