// Focus kept where the hand is (issue 28): deleting quote 5 from the keyboard
// leaves focus on the words of the quote now in its place, never on another
// delete button (a second Enter would delete that one too).
import { expect, test } from './fixtures/studio-page';

test('a keyboard delete of quote 5 leaves focus on no delete button', async ({ studio, page }) => {
  await studio.goto();
  await page.getByRole('button', { name: 'Open the default explainer' }).click();
  const deleteFifth = page.getByRole('button', { name: 'Delete quote 5', exact: true });
  const sixthId = await page.locator('.studio-quote').nth(5).getAttribute('data-quote');
  // A quote cited as evidence asks first; yes.
  page.on('dialog', (dialog) => void dialog.accept());
  await deleteFifth.focus();
  await page.keyboard.press('Enter');

  await expect(studio.message()).toContainText('Deleted the quote');
  // The quote that was sixth is fifth now, and its words have focus.
  await expect(page.locator('.studio-quote').nth(4)).toHaveAttribute('data-quote', sixthId ?? '');
  await expect(page.locator('#studio-quote-4-text')).toBeFocused();
  const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
  expect(focused).not.toMatch(/^Delete/);
});
