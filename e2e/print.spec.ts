// Printing gives the article, every quote expanded and the tracker as a table.
import { expect, test } from './fixtures/explainer-page';
import { CONTENT as content } from './fixtures/content';

test('print media shows every quote expanded and the tracker as a table', async ({ explainer, page }, testInfo) => {
  await explainer.goto();
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });

  const details = page.locator('.quote-card__details');
  await expect(details).toHaveCount(content.quotes.length);
  for (const detail of await details.all()) await expect(detail).toBeVisible();
  for (const view of ['quotes', 'tracker', 'source']) await expect(page.locator(`#panel-${view}`)).toBeVisible();
  // Live (the tabs exist), yet print leaves them out.
  await expect(page.locator('[role=tab]')).toHaveCount(3);
  await expect(page.locator('.view-tabs')).toBeHidden();
  expect(await page.locator('.deal-list').evaluate((el) => getComputedStyle(el).display)).toBe('table');
  expect(await page.locator('.deal-item').first().evaluate((el) => getComputedStyle(el).display)).toBe('table-row');

  if (testInfo.project.name === 'desktop') {
    await page.screenshot({ path: 'e2e/screenshots/print-desktop.png', fullPage: true });
  }
});
