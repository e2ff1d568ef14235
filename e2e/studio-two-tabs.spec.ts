// Two tabs of one browser on one draft (issue #32): both keep it in the one
// copy the browser holds, so neither may write over the other's edit unseen.
// A tab follows the other's saves as they happen (the `storage` event), and
// checks before each save of its own that nobody saved since it last looked
// (a version check): different fields are merged, the same field changed in
// both keeps both versions, as two drafts. Each time the journalist is told.
import type { Page } from '@playwright/test';
import { ARTICLE, expect, test } from './fixtures/studio-page';

/**
 * Changes the one draft kept in `page`'s browser as another tab would, by
 * writing it straight to localStorage: the page itself gets no `storage`
 * event for it, as when its own save comes before the event (the race the
 * version check is for).
 */
async function saveFromAnotherTab(page: Page, change: { headline?: string; dek?: string }): Promise<void> {
  await page.evaluate((change) => {
    const prefix = 'news-explainer-studio/draft/';
    const keys = Object.keys(localStorage).filter((key) => key.startsWith(prefix));
    if (keys.length !== 1) throw new Error(`expected one draft, found ${keys.length}`);
    const draft = JSON.parse(localStorage.getItem(keys[0])!);
    Object.assign(draft.article, change);
    localStorage.setItem(keys[0], JSON.stringify(draft));
    // And the drafts list, as that tab's save records the headline there.
    const shelf = JSON.parse(localStorage.getItem('news-explainer-studio/drafts')!);
    for (const entry of shelf.drafts) {
      if (`${prefix}${entry.id}` === keys[0] && change.headline) entry.headline = change.headline;
    }
    localStorage.setItem('news-explainer-studio/drafts', JSON.stringify(shelf));
  }, change);
}

test('an edit in one tab shows in another tab open on the same draft, and both edits are kept', async ({
  studio,
  page,
  context,
}) => {
  await studio.goto();
  await studio.draftFrom(ARTICLE);
  await page.getByLabel('Headline').fill('Geneva talks resume');
  const other = await context.newPage();
  await other.goto('/studio/');
  await expect(other.getByLabel('Headline')).toHaveValue('Geneva talks resume');

  await page.getByLabel('Headline').fill('Geneva talks resume after a week');
  await expect(other.getByLabel('Headline')).toHaveValue('Geneva talks resume after a week');
  await expect(other.locator('.studio__message')).toContainText('was changed in another tab');

  // The second tab edits on from the first's edit; the first follows.
  await other.getByLabel('Standfirst').fill('Delegations meet again in Geneva.');
  await expect(page.getByLabel('Standfirst')).toHaveValue('Delegations meet again in Geneva.');
  await expect(page.getByLabel('Headline')).toHaveValue('Geneva talks resume after a week');

  // What the browser keeps has both edits.
  await page.reload();
  await expect(page.getByLabel('Headline')).toHaveValue('Geneva talks resume after a week');
  await expect(page.getByLabel('Standfirst')).toHaveValue('Delegations meet again in Geneva.');
});

test('a save by another tab not heard of yet is merged into the next save, not written over', async ({
  studio,
  page,
}) => {
  await studio.goto();
  await studio.draftFrom(ARTICLE);
  await page.getByLabel('Headline').fill('Geneva talks resume');
  await saveFromAnotherTab(page, { dek: 'Written in another tab.' });

  await page.getByLabel('Headline').fill('Geneva talks resume after a week');
  await expect(studio.message()).toContainText("both tabs' changes are kept, merged");
  await expect(page.getByLabel('Standfirst')).toHaveValue('Written in another tab.');
  await expect(page.getByLabel('Headline')).toHaveValue('Geneva talks resume after a week');
  await page.reload();
  await expect(page.getByLabel('Standfirst')).toHaveValue('Written in another tab.');
  await expect(page.getByLabel('Headline')).toHaveValue('Geneva talks resume after a week');
});

test('one field changed in two tabs keeps both versions, as two drafts', async ({ studio, page }) => {
  await studio.goto();
  await studio.draftFrom(ARTICLE);
  await page.getByLabel('Headline').fill('Geneva talks resume');
  await saveFromAnotherTab(page, { headline: 'Geneva talks collapse' });

  await page.getByLabel('Headline').fill('Geneva talks resume after a week');
  await expect(studio.message()).toContainText('Nothing is lost');
  await expect(studio.message()).toContainText('the headline');
  await expect(page.getByLabel('Headline')).toHaveValue('Geneva talks resume after a week');
  await page.locator('.studio-start__summary').click();
  const drafts = page.locator('.studio-drafts__draft .studio-drafts__headline');
  await expect(drafts).toHaveText(['Geneva talks resume after a week', 'Geneva talks collapse']);
});
