// A trap (out of memory, `unreachable`) is not a panic: no panic hook runs. The
// loader catches it at the JavaScript boundary, and the reader gets the error
// box instead of a widget that looks live and answers nothing.
import { expect, test } from './fixtures/explainer-page';
import { trapOnArm } from './fixtures/wasm-failure';

test('a trap after the widget went live shows the error box', async ({ explainer, page }) => {
  await trapOnArm(page);
  await explainer.goto();
  await page.evaluate(() => (window.__explainerTrapNext = true));
  await explainer.tab('tracker').click();
  const errorBox = explainer.root().locator('.explainer--crashed[role="alert"]');
  await expect(errorBox).toBeVisible();
  await expect(errorBox).toContainText('stopped working');
  await expect(explainer.tabs()).toHaveCount(0);
});

test('a trap shows the error box in every inline widget of a host page', async ({ page }) => {
  await trapOnArm(page);
  await page.goto('/e2e-pages/inline.html');
  for (const id of ['first', 'second']) {
    await expect(page.locator(`#${id} .explainer.is-live`)).toHaveCount(1);
  }
  await page.evaluate(() => (window.__explainerTrapNext = true));
  await page.locator('#first #tab-tracker').click();
  for (const id of ['first', 'second']) {
    await expect(page.locator(`#${id} .explainer--crashed[role="alert"]`)).toBeVisible();
    await expect(page.locator(`#${id} [role="tab"]`)).toHaveCount(0);
  }
  // The host article itself is untouched.
  await expect(page.locator('h1').first()).toHaveText('Host article with two inline explainers');
});
