// An invalid file is opened for repair, never refused: its problem is shown beside
// its text, and it becomes a draft once fixed.
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures/studio-page';

test('a broken file opens for repair and becomes a draft when fixed', async ({ studio, page }) => {
  await studio.goto();
  const good = await readFile('content/anchorage-summit.json', 'utf8');
  const broken = good.replace('"headline"', '"headlne"');
  await page.getByLabel('Open an explainer file (.json)').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(broken),
  });

  await expect(page.getByRole('heading', { name: 'Repair the file' })).toBeVisible();
  await expect(page.locator('#studio-repair-problem')).toContainText('headlne');
  const text = page.getByLabel('The file’s text');
  await expect(text).toHaveValue(broken);

  await text.fill(good);
  await expect(page.getByRole('heading', { name: 'Repair the file' })).toHaveCount(0);
  await expect(studio.problemCount()).toHaveText('No problems: ready to export.');
  await expect(studio.preview().locator('.quote-card')).toHaveCount(10);
});

test('a file that parses but has problems opens with them listed', async ({ studio, page }) => {
  await studio.goto();
  const good = await readFile('content/anchorage-summit.json', 'utf8');
  const misquote = good.replace('"text": "very productive"', '"text": "very unproductive"');
  expect(misquote).not.toBe(good);
  await page.getByLabel('Open an explainer file (.json)').setInputFiles({
    name: 'misquote.json',
    mimeType: 'application/json',
    buffer: Buffer.from(misquote),
  });
  await expect(studio.problemCount()).toHaveAttribute('data-errors', '1');
  await expect(page.locator('.studio-problems__item--error')).toContainText('$.quotes');
  await expect(page.locator('.studio-anchor__closest')).toHaveText('very productive');
  await expect(page.locator('.studio-anchor__diff del')).toHaveText('unproductive');
});

test('a file dropped on the start panel opens', async ({ studio, page }) => {
  await studio.goto();
  const good = await readFile('content/anchorage-summit.json', 'utf8');
  const transfer = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    return data;
  }, good);
  await page.locator('.studio-start').dispatchEvent('drop', { dataTransfer: transfer });
  await expect(studio.preview().locator('.quote-card')).toHaveCount(10);
});
