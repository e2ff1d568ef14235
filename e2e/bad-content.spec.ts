// Content given to the widget by the page (<script type="application/json"
// id="explainer-content">, as `explainer build` writes it) that is broken gives a
// clear message in place of the widget, and text that looks like HTML stays text.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures/explainer-page';
import { openWithContent } from './fixtures/page-content';

const DATA = path.join(__dirname, '..', 'tests', 'data');

for (const [file, path_] of [
  ['broken/not-json.json', '$.article'],
  ['broken/quotes-not-a-list.json', '$.quotes'],
  ['misquote.json', '$.quotes[0].text'],
  ['many-faults.json', '$.tracker[0].evidence[1].quote'],
] as const) {
  test(`${file} shows its error in place of the widget`, async ({ explainer, page }) => {
    await openWithContent(page, readFileSync(path.join(DATA, file), 'utf8'));
    const alert = explainer.root().getByRole('alert');
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('could not be shown');
    await expect(alert.locator('code', { hasText: path_ }).first()).toBeVisible();
    expect(explainer.errors).toEqual([]);
  });
}

test('html and script in content render as text', async ({ explainer, page }) => {
  const doc = JSON.parse(readFileSync(path.join(DATA, 'valid.json'), 'utf8'));
  doc.article.headline = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
  doc.quotes[0].context = '<b>bold?</b> </script><!--';
  await openWithContent(page, JSON.stringify(doc));
  await expect(explainer.headline()).toHaveText(doc.article.headline);
  await explainer.quoteCard('lowest-point').locator('button.quote-card__toggle').click();
  await expect(explainer.quoteCard('lowest-point').locator('.quote-card__note')).toHaveText(doc.quotes[0].context);
  await expect(explainer.root().locator('img, b')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(explainer.errors).toEqual([]);
});
