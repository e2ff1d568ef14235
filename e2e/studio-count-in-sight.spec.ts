// The problem count always in sight (issue 28): on a phone (375 px) the
// problems' link with its error count stays on screen, inside its right edge,
// wherever the journalist has scrolled; at 1280 px the count stays at the top
// of the side column while the preview is scrolled.
import { ARTICLE, expect, test } from './fixtures/studio-page';

test('the error count stays in sight with an error present', async ({ studio, page }) => {
  await studio.goto();
  await studio.draftFrom(ARTICLE);
  await page.locator('#studio-person-0-id').fill('');
  const nav = page.getByRole('navigation', { name: 'Parts of the Studio' });
  const link = nav.getByRole('link', { name: /^Problems/ });
  await expect(link).toHaveText(/^Problems \(\d+ errors?\)$/);
  const width = page.viewportSize()?.width ?? 0;

  if (width < 600) {
    // Far down the long column: the link and its count are still on screen, whole.
    await page.locator('#studio-publish-title').scrollIntoViewIfNeeded();
    await expect(page.locator('#studio-publish-title')).toBeInViewport();
    await expect(link).toBeInViewport({ ratio: 1 });
    const box = await link.boundingBox();
    expect((box?.x ?? width) + (box?.width ?? 0)).toBeLessThanOrEqual(width);
    await studio.screenshot('studio-count-phone');
  } else {
    const count = studio.problemCount();
    await expect(count).toHaveAttribute('data-errors', /^[1-9]/);
    // The preview scrolled to its end (it scrolls on its own, below the problems).
    const preview = page.locator('.studio__side .studio-preview');
    await preview.evaluate((section) => section.scrollTo(0, section.scrollHeight));
    await expect.poll(() => preview.evaluate((section) => section.scrollTop)).toBeGreaterThan(0);
    await expect(count).toBeInViewport({ ratio: 1 });
    await studio.screenshot('studio-count-desktop', 'viewport');
  }
});
