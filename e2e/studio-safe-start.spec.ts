// A safe start (issue 28): a tab closed while it drafted a long paste (as a
// hung tab is killed) does not try the same again on the next load: the Studio
// opens the drafts list, says why, and every draft kept is there to open.
import { ARTICLE, expect, test } from './fixtures/studio-page';
import { longArticle, pasteAndDraft } from './fixtures/long-article';

test('a reload after a tab killed mid-drafting reaches the drafts list', async ({ studio, page, context }) => {
  test.setTimeout(120_000);
  await studio.goto();
  await studio.draftFrom(ARTICLE);
  await page.getByLabel('Headline').fill('Geneva talks resume');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();

  await page.getByRole('button', { name: 'New explainer' }).click();
  await pasteAndDraft(page, longArticle(1000));
  await expect(page.getByRole('progressbar', { name: 'Drafting the pasted article' })).toBeVisible();
  await page.close();

  const next = await context.newPage();
  await next.goto('/studio/');
  await expect(next.locator('.studio__message')).toContainText('did not finish opening the pasted article');
  await expect(next.locator('.studio-drafts__draft')).toHaveCount(1);
  await expect(next.getByRole('button', { name: 'Open the draft “Geneva talks resume”' })).toBeVisible();
  await expect(next.getByRole('region', { name: 'Article text to select quotes from' })).toHaveCount(0);

  // The load after that opens normally again: the newest draft.
  await next.reload();
  await expect(next.getByLabel('Headline')).toHaveValue('Geneva talks resume');
});
