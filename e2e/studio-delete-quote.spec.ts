// Deleting a quote that tracker evidence cites asks first and names the items.
import { expect, test } from './fixtures/studio-page';

test('deleting a cited quote asks first, naming the tracker item', async ({ studio, page }) => {
  await studio.goto();
  await page.getByRole('button', { name: 'Open the default explainer' }).click();
  const quote = studio.quote('no-deal-until-deal');
  const messages: string[] = [];
  page.once('dialog', async (dialog) => {
    messages.push(dialog.message());
    await dialog.dismiss();
  });
  await quote.getByRole('button', { name: /^Delete quote/ }).click();
  expect(messages).toHaveLength(1);
  expect(messages[0]).toMatch(/This quote is evidence for “.+”\. Delete it anyway\?/);
  await expect(quote).toBeVisible();

  page.once('dialog', (dialog) => dialog.accept());
  await quote.getByRole('button', { name: /^Delete quote/ }).click();
  await expect(quote).toHaveCount(0);
  await expect(studio.problemCount()).not.toHaveAttribute('data-errors', '0');
});
