// Inline instances act only on fragments that belong to them, and never touch
// the host page's URL, history, routing or scroll position of their own accord.
import { expect, test } from './fixtures/embed-host';

test('a host URL with #quote-<slug> opens that quote in the instance that has it, and only there', async ({
  host,
}) => {
  await host.goto('inline.html#quote-vote-on-a-number');
  const first = host.inline('first');
  const second = host.inline('second');
  await first.waitUntilLive();
  await second.waitUntilLive();
  const card = second.quotes.card('vote-on-a-number');
  await card.expectExpanded();
  await expect(card.root()).toBeInViewport();
  await expect(first.quotes.expandedToggles()).toHaveCount(0);
  // Neither instance calls the other's quote an unknown link.
  await expect(first.notice()).toHaveCount(0);
  await expect(second.notice()).toHaveCount(0);
  host.expectNoErrors();
});

test("the host's own fragments and routes are left alone", async ({ host, page }) => {
  await host.goto('inline.html');
  const first = host.inline('first');
  await first.waitUntilLive();
  await host.inline('second').waitUntilLive();
  for (const hash of ['#comments', '#/section/world', '#quote-not-in-either']) {
    await page.evaluate((value) => {
      location.hash = value;
    }, hash);
    await expect(first.notice()).toHaveCount(0);
    expect(await page.evaluate(() => location.hash)).toBe(hash);
  }
  await expect(first.quotes.expandedToggles()).toHaveCount(0);
  host.expectNoErrors();
});

test('links inside an inline widget never change the host URL or history', async ({ host, page }) => {
  await host.goto('inline.html');
  const first = host.inline('first');
  await first.waitUntilLive();
  const before = await page.evaluate(() => ({ href: location.href, length: history.length }));

  const card = first.quotes.card('long-overdue');
  await card.expand();
  await card.showInArticleButton().click();
  await expect(first.tab('source')).toHaveAttribute('aria-selected', 'true');
  await first.source.quoteMark('long-overdue').locator('a').click();
  await card.expectExpanded();
  await first.tab('tracker').click();

  expect(await page.evaluate(() => ({ href: location.href, length: history.length }))).toEqual(before);
  expect(await host.hostHashChanges()).toEqual([]);
  host.expectNoErrors();
});

test('a host page opened without a fragment is not scrolled by its widgets', async ({ host, page }) => {
  await host.goto('inline.html');
  await host.inline('first').waitUntilLive();
  await host.inline('second').waitUntilLive();
  expect(await page.evaluate(() => scrollY)).toBe(0);
  await page.evaluate(() => scrollTo(0, 300));
  await host.inline('first').tab('tracker').dispatchEvent('click');
  // A click in the widget moves nothing but what the reader clicked.
  expect(await page.evaluate(() => scrollY)).toBe(300);
  host.expectNoErrors();
});
