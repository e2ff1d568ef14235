// Landmarks (axe's landmark-one-main and region): the standalone page has one
// `main` landmark holding the explainer, before and after the Wasm runs, and a
// share page one holding its quote; an inline embed adds no `main` to the host
// article.
import { landmarkViolations } from './fixtures/axe';
import { expect, test } from './fixtures/explainer-page';

test('the widget’s page has one main landmark around the explainer', async ({ explainer, page }) => {
  const release = await explainer.holdWasm();
  await page.goto('/');
  expect(await landmarkViolations(page), 'pre-rendered').toEqual([]);
  await expect(page.locator('main #explainer')).toHaveCount(1);
  release();
  await explainer.waitUntilLive();
  expect(await landmarkViolations(page), 'live').toEqual([]);
  await expect(page.getByRole('main')).toHaveCount(1);
});

test('a share page, as a crawler reads it, has one main landmark around the quote', async ({ page }) => {
  await page.route('**/quote/redirect.js', (route) => route.abort());
  await page.goto('/quote/long-overdue/');
  expect(await landmarkViolations(page)).toEqual([]);
  await expect(page.getByRole('main').locator('blockquote')).toHaveCount(1);
});

test('an inline embed adds no main landmark to the host article', async ({ page }) => {
  await page.goto('/e2e-pages/inline.html');
  await expect(page.locator('#first .explainer.is-live')).toHaveCount(1);
  await expect(page.locator('#second .explainer.is-live')).toHaveCount(1);
  // The locator pierces the open shadow roots the widgets live in.
  await expect(page.locator('main, [role="main"]')).toHaveCount(0);
});
