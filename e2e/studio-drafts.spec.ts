// Several drafts: each is kept in the browser and listed by headline and the
// time it was saved. Starting another keeps the open one on the list (nothing is
// replaced, so nothing needs asking); a reload reopens the last one saved; any
// draft on the list opens with its edits; deleting one asks first.
import { ARTICLE, expect, test } from './fixtures/studio-page';

test('two drafts are kept, listed, reopened and deleted', async ({ studio, page }) => {
  await studio.goto();
  await studio.draftFrom(ARTICLE);
  await page.getByLabel('Headline').fill('Geneva talks resume');

  // A second explainer, from the default file: the first stays on the list.
  await page.getByRole('button', { name: 'New explainer' }).click();
  const drafts = page.locator('.studio-drafts__draft');
  await expect(drafts).toHaveCount(1);
  await expect(drafts.first()).toContainText('Geneva talks resume');
  await expect(drafts.first()).toContainText(/saved \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
  await page.getByRole('button', { name: 'Open the default explainer' }).click();
  await expect(page.locator('.studio-quote').first()).toBeVisible();
  const defaultHeadline = await page.getByLabel('Headline').inputValue();

  // A reload reopens the last draft saved, and lists both, newest first.
  await page.reload();
  await expect(page.getByLabel('Headline')).toHaveValue(defaultHeadline);
  await page.locator('.studio-start__summary').click();
  await expect(drafts).toHaveCount(2);
  await expect(drafts.nth(0)).toContainText(defaultHeadline);
  await expect(drafts.nth(0)).toContainText('(open now)');
  await expect(drafts.nth(1)).toContainText('Geneva talks resume');

  // The first draft opens with its edits and its own undo history.
  await page.getByRole('button', { name: 'Open the draft “Geneva talks resume”' }).click();
  await expect(page.getByLabel('Headline')).toHaveValue('Geneva talks resume');
  await expect(studio.message()).toContainText('Opened the draft “Geneva talks resume”');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();

  // Deleting asks first; dismissing keeps it, accepting deletes it.
  const other = page.getByRole('button', { name: `Delete the draft “${defaultHeadline}”` });
  page.once('dialog', (dialog) => dialog.dismiss());
  await other.click();
  await expect(drafts).toHaveCount(2);
  page.once('dialog', (dialog) => {
    expect(dialog.message()).toContain(defaultHeadline);
    void dialog.accept();
  });
  await other.click();
  await expect(drafts).toHaveCount(1);
  await page.reload();
  await expect(page.getByLabel('Headline')).toHaveValue('Geneva talks resume');
});
