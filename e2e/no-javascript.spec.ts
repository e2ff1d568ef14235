// With JavaScript off, the pre-rendered page is the whole explainer: every view
// shows, quotes open through <details>/<summary>, and quote links scroll.
import { expect, test } from './fixtures/explainer-page';
import { CONTENT as content } from './fixtures/content';

test.use({ javaScriptEnabled: false });

test('every view is readable and a quote opens through its summary', async ({ explainer, page }) => {
  await page.goto('/');
  await expect(explainer.headline()).toHaveText(content.article.headline);
  await expect(explainer.quoteCards()).toHaveCount(content.quotes.length);
  await expect(page.locator('li.deal-item[data-status]')).toHaveCount(content.tracker.length);
  await expect(page.locator('article#source')).toBeVisible();
  await expect(page.locator('article#source mark[data-quote]')).toHaveCount(content.quotes.length);
  for (const view of ['quotes', 'tracker', 'source']) {
    await expect(page.locator(`#panel-${view}`)).toBeVisible();
  }

  const card = explainer.quoteCard('long-overdue');
  const details = card.locator('.quote-card__details');
  await expect(details).toBeHidden();
  await card.locator('summary').click();
  await expect(details).toBeVisible();
  await expect(details.locator('mark')).toHaveText('long overdue');
  await explainer.expectNoHorizontalScroll('without JavaScript, a quote opened');
});

test('a #quote- link on a fresh load scrolls its card into view', async ({ explainer, page }) => {
  await page.goto('/#quote-next-time-in-moscow');
  await expect(explainer.quoteCard('next-time-in-moscow')).toBeInViewport();
  await expect(explainer.quoteCard('lowest-point-since-cold-war')).not.toBeInViewport();
});

test('"Show in article" is a link that works without script', async ({ explainer, page }) => {
  await page.goto('/');
  const card = explainer.quoteCard('next-time-in-moscow');
  await card.locator('summary').click();
  await card.getByRole('link', { name: 'Show in article' }).click();
  await expect(page).toHaveURL(/#source-next-time-in-moscow$/);
  await expect(page.locator('mark#source-next-time-in-moscow')).toBeInViewport();
});
