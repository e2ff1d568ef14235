// Reordering from the keyboard: "Move down" swaps a quote with the next, focus
// stays on the pressed button as the quote changes place (so pressing again moves
// it on), the new place is announced, and the preview lists the quotes in the
// new order. At the end of the list the button says why nothing moved.
import { ARTICLE, expect, test } from './fixtures/studio-page';

test('a quote moves down from the keyboard and the preview follows', async ({ studio, page }) => {
  await studio.goto();
  await studio.draftFrom(ARTICLE);
  const formOrder = () =>
    page.locator('.studio-quote').evaluateAll((forms) => forms.map((form) => form.getAttribute('data-quote')));
  const previewOrder = () =>
    studio
      .preview()
      .locator('.quote-list > li[data-quote]')
      .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-quote')));
  const before = await formOrder();
  expect(before.length).toBeGreaterThanOrEqual(3);
  await expect.poll(previewOrder).toEqual(before);

  await page.locator('#studio-quote-0-move-down').focus();
  await page.keyboard.press('Enter');
  await expect.poll(formOrder).toEqual([before[1], before[0], ...before.slice(2)]);
  await expect(page.locator('#studio-quote-1-move-down')).toBeFocused();
  await expect(studio.message()).toContainText(`now 2 of ${before.length}`);

  await page.keyboard.press('Enter');
  const moved = [before[1], before[2], before[0], ...before.slice(3)];
  await expect.poll(formOrder).toEqual(moved);
  await expect(page.locator('#studio-quote-2-move-down')).toBeFocused();
  await expect.poll(previewOrder).toEqual(moved);

  // The first quote cannot go up: the button stays focusable and says why.
  const up = page.locator('#studio-quote-0-move-up');
  await expect(up).toHaveAttribute('aria-disabled', 'true');
  await up.focus();
  await page.keyboard.press('Enter');
  await expect(studio.message()).toContainText('is already first');
  await expect(up).toBeFocused();
  await expect.poll(formOrder).toEqual(moved);

  // A move is one step of undo.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(formOrder).toEqual([before[1], before[0], ...before.slice(2)]);
});
