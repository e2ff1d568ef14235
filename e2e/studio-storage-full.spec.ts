// When the browser refuses to keep the draft (its storage full), the Studio says
// so at once, instead of letting a reload lose the work; export still saves it.
import { ARTICLE, expect, test } from './fixtures/studio-page';

test('a full storage is said, and export still works', async ({ studio, page }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if ((window as unknown as { storageFull?: boolean }).storageFull) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      setItem.call(this, key, value);
    };
  });
  await studio.goto();
  await studio.draftFrom(ARTICLE);
  const alert = page.locator('.studio__unsaved');
  await expect(alert).toHaveCount(0);

  await page.evaluate(() => ((window as unknown as { storageFull?: boolean }).storageFull = true));
  await page.getByLabel('Headline').fill('Geneva talks resume');
  await expect(alert).toHaveAttribute('role', 'alert');
  await expect(alert).toContainText('a reload would lose your changes');
  expect(await studio.export()).toMatch(/\.json$/);

  // Once the browser keeps it again, the warning goes.
  await page.evaluate(() => ((window as unknown as { storageFull?: boolean }).storageFull = false));
  await page.getByLabel('Headline').fill('Geneva talks resume on Tuesday');
  await expect(alert).toHaveCount(0);
});
