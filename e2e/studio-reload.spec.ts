// Never lose work: every change is saved in the browser, and a reload reopens the
// draft as it was.
import { ARTICLE, DRAFTED_QUOTES, expect, test } from './fixtures/studio-page';

test('a reload reopens the draft with its edits', async ({ studio, page }) => {
  await studio.goto();
  await studio.draftFrom(ARTICLE);
  await page.getByLabel('Headline').fill('Geneva talks resume');
  await studio.find('met for six hours');
  await studio.makeQuote({ context: 'How long it ran.' });
  await expect(page.locator('.studio-quote')).toHaveCount(DRAFTED_QUOTES + 1);

  await page.reload();
  await expect(page.getByLabel('Headline')).toHaveValue('Geneva talks resume');
  // Undo does not reach past the reload, and the Studio says so.
  await expect(studio.message()).toContainText('Undo starts afresh');
  await expect(page.locator('.studio-quote')).toHaveCount(DRAFTED_QUOTES + 1);
  await expect(studio.quote('met-for-six-hours').getByLabel('Context')).toHaveValue('How long it ran.');
});
