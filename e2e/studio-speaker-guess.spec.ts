// A draft's guesses look like guesses (issue 28): each drafted quote's speaker
// is marked "Guess" until the journalist confirms it or picks another, and
// the draft is dated as the article dates itself, not the day of the paste.
import { ARTICLE, expect, test } from './fixtures/studio-page';

test('a drafted speaker is a guess until confirmed or changed, and the article dates the draft', async ({ studio, page }, testInfo) => {
  await studio.goto();
  await studio.draftFrom(`Published 14 August 2025\n${ARTICLE}`);
  await expect(page.getByLabel('Published (YYYY-MM-DD)')).toHaveValue('2025-08-14');
  await expect(studio.message()).toContainText('Published 2025-08-14, as the article says');

  const first = page.locator('.studio-quote').nth(0);
  const second = page.locator('.studio-quote').nth(1);
  await expect(first.locator('.studio-guess')).toContainText('Guess');
  await expect(second.locator('.studio-guess')).toContainText('Guess');
  // The mark is said with the speaker field.
  await expect(first.getByLabel('Speaker', { exact: true })).toHaveAccessibleDescription(/Guess/);

  await first.getByRole('button', { name: 'Confirm speaker' }).click();
  await expect(first.locator('.studio-guess')).toHaveCount(0);
  await expect(studio.message()).toContainText('as the speaker of quote 1');
  await expect(first.getByLabel('Speaker', { exact: true })).toBeFocused();

  const speaker = second.getByLabel('Speaker', { exact: true });
  const other = await speaker.locator('option:not(:checked)').first().textContent();
  await speaker.selectOption({ label: other ?? '' });
  await expect(second.locator('.studio-guess')).toHaveCount(0);

  // Undo brings the guess back, as it was.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(second.locator('.studio-guess')).toContainText('Guess');
  await studio.screenshot(`studio-speaker-guess-${testInfo.project.name}`, first);
});
