// Links to each part of the Studio: one tap from the top of the long phone
// column to the preview or the problems, with the error count in sight.
import { ARTICLE, expect, test } from './fixtures/studio-page';

test('the Studio’s part links reach the preview and count the errors', async ({ studio, page }) => {
  await studio.goto();
  await studio.draftFrom(ARTICLE);
  const nav = page.getByRole('navigation', { name: 'Parts of the Studio' });
  await expect(nav.getByRole('link', { name: 'Problems' })).toHaveText('Problems (no errors)');

  await page.locator('#studio-person-0-id').fill('');
  await expect(nav.getByRole('link', { name: /^Problems/ })).toHaveText(/^Problems \(\d+ errors?\)$/);

  await nav.getByRole('link', { name: 'Preview' }).click();
  await expect(page.locator('#studio-preview-title')).toBeInViewport();
  // The links stay in reach at the top of a phone's screen.
  if ((page.viewportSize()?.width ?? 0) < 600) await expect(nav).toBeInViewport();
});
