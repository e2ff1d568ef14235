// Tracker items in forms: evidence added by selecting a passage (with the item's
// own button, or "Add as evidence" beside "Make quote"), or by choosing a quote; the status history dated and checked against the current status; the
// preview shows the item.
import { ARTICLE, expect, test } from './fixtures/studio-page';

test('a tracker item with a selected passage and a quote as evidence', async ({ studio, page }) => {
  await studio.goto();
  await studio.draftFrom(ARTICLE);
  await page.getByRole('button', { name: 'Add a tracker item' }).click();
  const item = page.locator('.studio-deal[data-deal="new-item"]');
  await item.getByLabel('Title').fill('The grain corridor');
  await item.getByLabel('Summary').fill('Kyiv pledges to keep it open.');
  // Parties by name, from People; a quote as evidence by its words and speaker.
  await item.getByRole('group', { name: 'Parties' }).getByLabel('Olena Bondar').check();

  await studio.find('met for six hours');
  await item.getByRole('button', { name: 'Add the selected passage as evidence' }).click();
  await expect(studio.message()).toContainText('Added the selected passage as evidence to “The grain corridor”.');
  const quotes = item.getByLabel('Add a quote as evidence');
  const byWords = quotes.locator('option', { hasText: /^“We will not retreat from the grain corridor.*” \(Olena Bondar\)$/ });
  await quotes.selectOption((await byWords.getAttribute('value')) ?? '');
  await expect(item.locator('.studio-deal__evidence li')).toHaveCount(2);
  // Or from where the passage was selected, next to "Make quote".
  await studio.find('frank and long');
  await page.getByLabel('Or add it as evidence to').selectOption({ label: '1. The grain corridor' });
  await page.getByRole('button', { name: 'Add as evidence', exact: true }).click();
  await expect(item.locator('.studio-deal__evidence li')).toHaveCount(3);
  await expect(item.locator('.studio-deal__evidence li').nth(2)).toContainText('frank and long');

  // The status changes; the history's last entry then disagrees until it follows.
  await item.getByLabel('Status', { exact: true }).first().selectOption({ label: 'Pledged' });
  await expect(item).toContainText('The last entry’s status differs');
  await expect(studio.problemCount()).toHaveAttribute('data-errors', '1');
  await item.locator('.studio-deal__history').getByLabel('Status').selectOption('pledged');
  await item.locator('.studio-deal__history').getByLabel('What happened').fill('Bondar pledged it.');
  await expect(item).not.toContainText('The last entry’s status differs');
  await expect(studio.problemCount()).toHaveAttribute('data-errors', '0');

  await studio.preview().getByRole('tab', { name: 'Deal tracker' }).click();
  await expect(studio.preview().locator('#deal-new-item')).toHaveAttribute('data-status', 'pledged');
});
