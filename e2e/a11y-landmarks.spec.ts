// Landmarks: the standalone page and every share page have one `main` landmark
// holding the explainer (axe's landmark-one-main and region), before and after
// the Wasm runs; an inline embed adds no `main` to the host article.
import { landmarkViolations } from './fixtures/axe';
import { expect, test } from './fixtures/explainer-page';

for (const path of ['/', '/quote/long-overdue/']) {
  test(`${path} has one main landmark around the explainer`, async ({ explainer, page }) => {
    const release = await explainer.holdWasm();
    await page.goto(path);
    expect(await landmarkViolations(page), 'pre-rendered').toEqual([]);
    await expect(page.locator('main #explainer')).toHaveCount(1);
    release();
    await explainer.waitUntilLive();
    expect(await landmarkViolations(page), 'live').toEqual([]);
    await expect(page.getByRole('main')).toHaveCount(1);
  });
}

test('an inline embed adds no main landmark to the host article', async ({ page }) => {
  await page.goto('/e2e-pages/inline.html');
  await expect(page.locator('#first .explainer.is-live')).toHaveCount(1);
  await expect(page.locator('#second .explainer.is-live')).toHaveCount(1);
  // The locator pierces the open shadow roots the widgets live in.
  await expect(page.locator('main, [role="main"]')).toHaveCount(0);
});
