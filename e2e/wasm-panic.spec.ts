// A panic once the widget is live ends in the error box, not in a widget that
// looks live and answers nothing. The release Wasm is built with
// -Cpanic=immediate-abort (scripts/lib.sh, trunk_release): a panic is then a bare
// `unreachable` trap, no panic hook runs, and the loader (static/boot.js) shows
// the box the Wasm built ahead, with the trap as its technical details. A real
// panic of the release build, no test hook: Yew's renderer panics when the page
// took away an element it was about to insert before (as a script of the host
// page or an extension might).
import { expect, test } from './fixtures/explainer-page';

test('a panic after the widget went live shows the error box', async ({ explainer, page }) => {
  await explainer.goto();
  await explainer.showView('tracker');
  const { tracker } = explainer;
  // One item shown, the last; "All" then inserts the other six before it.
  await tracker.filterButton('agreed').click();
  await expect(tracker.items()).toHaveCount(1);
  await expect(tracker.items()).toHaveId('deal-resumed-dialogue');
  await page.evaluate(() => document.querySelector('#deal-resumed-dialogue')!.remove());

  await tracker.filterButton('all').click();

  const errorBox = explainer.root().locator('.explainer--crashed[role="alert"]');
  await expect(errorBox).toBeVisible();
  await expect(errorBox).toContainText('Sorry, this explainer stopped working.');
  await expect(explainer.tabs()).toHaveCount(0);
  await expect(explainer.root().locator('.deal-item')).toHaveCount(0);
  // The details name what stopped it: the trap the panic became.
  await errorBox.getByText('Technical details').click();
  await expect(errorBox.locator('pre')).toHaveText(/RuntimeError: unreachable/);
  // The box as a reader sees it, for a person to look at.
  for (const scheme of ['light', 'dark'] as const) await explainer.screenshot('error-box-after-panic', scheme);
});
