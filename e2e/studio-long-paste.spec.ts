// A long paste never freezes the tab (issue 28): the Studio counts a pasted
// article's quoted passages in slices, with its progress shown and Cancel, and
// a worker running the Studio's own Wasm drafts it, so the page answers input
// all the while. Clicks sent through the browser's input pipeline (not waiting
// for the page to be idle), each once the last was answered, from the paste until the draft is on
// screen, are handled within 200 ms by the page's own clock (the median; none
// waits a second), some of them while the article is being drafted (not only
// counted). The 1 MB draft then
// shows its forms 100 at a time and the preview draws its beginning. Cancel
// stops a long paste with nothing drafted.
import { expect, test } from './fixtures/studio-page';
import { answeredClicks, clickAndWaitForAnswer, longArticle, pasteAndDraft, recordClicks } from './fixtures/long-article';

test('a 1 MB paste shows its progress and the tab answers clicks within 200 ms while it works', async ({ studio, page }) => {
  test.setTimeout(180_000);
  await studio.goto();
  const title = await page.getByRole('heading', { name: 'Explainer Studio' }).boundingBox();
  if (!title) throw new Error('the Studio has no title on screen');
  await recordClicks(page);
  await pasteAndDraft(page, longArticle(1000));
  const drafting = page.getByRole('region', { name: 'Drafting the pasted article' });
  await expect(drafting.getByRole('progressbar')).toBeVisible();

  const deadline = Date.now() + 120_000;
  while (!((await studio.message().textContent()) ?? '').includes('Drafted from the article')) {
    if (Date.now() > deadline) throw new Error('the 1 MB paste was not drafted in 120 s');
    await clickAndWaitForAnswer(page, title.x + 10, title.y + title.height / 2);
  }
  const clicks = await answeredClicks(page);
  const drafted = clicks.filter((click) => click.doing.startsWith('Drafting:'));
  expect(drafted.length, 'no click came while the article was drafted').toBeGreaterThan(0);
  // The typical click is answered within 200 ms, and none waits a second (the
  // tab froze for 65–94 s before). The longest task itself, ≤ 200 ms, is the
  // benchmark's line (`node bench/run.mjs --studio-only`, bench/studio.md): in
  // this suite another worker's test shares the two cores, and one click in a
  // run may wait behind it.
  const waited = clicks.map((click) => click.waited).sort((a, b) => a - b);
  const median = waited[Math.floor(waited.length / 2)];
  const slowest = waited[waited.length - 1];
  const waits = clicks.map((click) => `${Math.round(click.waited)} ms (${click.doing.split(':')[0] || 'drafted'})`).join(', ');
  expect(median, `the median of ${clicks.length} clicks waited ${Math.round(median)} ms: ${waits}`).toBeLessThan(200);
  expect(slowest, `the slowest of ${clicks.length} clicks waited ${Math.round(slowest)} ms: ${waits}`).toBeLessThan(1000);

  await expect(drafting).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Show 100 more quotes$/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Draw all of it' })).toBeVisible();
  await expect(page.locator('.studio-preview .explainer .quote-card').first()).toBeVisible();
});

test('Cancel stops a long paste while it is counted, with nothing drafted', async ({ studio, page }) => {
  test.setTimeout(180_000);
  await studio.goto();
  await pasteAndDraft(page, longArticle(8000));
  const drafting = page.getByRole('region', { name: 'Drafting the pasted article' });
  await expect(drafting).toContainText('Counting the quoted passages');

  await drafting.getByRole('button', { name: 'Cancel drafting' }).click();
  await expect(studio.message()).toContainText('Drafting cancelled');
  await expect(drafting).toHaveCount(0);
  await expect(studio.articleText()).toHaveCount(0);
});
