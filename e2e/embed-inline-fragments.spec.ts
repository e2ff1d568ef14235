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
  const notices = await host.recordNotices('first', 'inline');
  const lengthBefore = await page.evaluate(() => history.length);
  // Each host fragment is followed by one of the first widget's own quotes: once
  // that quote is open, the widget has handled the host fragment before it.
  const hostFragments = ['#comments', '#/section/world', '#quote-not-in-either'];
  const answers = ['long-overdue', 'very-productive', 'next-time-in-moscow'];
  for (const [i, hash] of hostFragments.entries()) {
    await page.evaluate((value) => {
      location.hash = value;
    }, hash);
    await page.evaluate((slug) => {
      location.hash = `#quote-${slug}`;
    }, answers[i]);
    await first.quotes.card(answers[i]).expectExpanded();
  }
  expect(await notices(), 'no notice, not even one cleared by the next fragment').toBe(0);
  // Nothing opened but the quotes named.
  await expect(first.quotes.expandedToggles()).toHaveCount(answers.length);
  // Every fragment was the host's to the end: none rewritten, no history entry added.
  expect(await host.hostHashChanges()).toEqual(hostFragments.flatMap((hash, i) => [hash, `#quote-${answers[i]}`]));
  expect(await host.hostHistoryCalls()).toEqual([]);
  expect(await page.evaluate(() => history.length)).toBe(lengthBefore + 2 * hostFragments.length);
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
  const first = host.inline('first');
  await first.waitUntilLive();
  await host.inline('second').waitUntilLive();
  expect(await page.evaluate(() => scrollY)).toBe(0);
  await page.evaluate(() => scrollTo(0, 300));
  // The scroll event of that scrollTo comes with the next frame: let it pass
  // before listening, so only the widgets' own scrolls are recorded.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  // Every scroll of the host from now on (a smooth one takes several frames).
  await page.evaluate(() => {
    const scrolls: number[] = ((window as unknown as { __scrolls: number[] }).__scrolls = []);
    addEventListener('scroll', () => scrolls.push(scrollY));
  });
  // dispatchEvent: Playwright's click would scroll the tab into view itself.
  await first.tab('tracker').dispatchEvent('click');
  await expect(first.tab('tracker')).toHaveAttribute('aria-selected', 'true');
  // A second click, answered after the first; then two frames, where any
  // scrolling the first click asked for would have begun.
  await first.tab('quotes').dispatchEvent('click');
  await expect(first.tab('quotes')).toHaveAttribute('aria-selected', 'true');
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  // A click in the widget moves nothing but what the reader clicked.
  expect(await page.evaluate(() => (window as unknown as { __scrolls: number[] }).__scrolls)).toEqual([]);
  expect(await page.evaluate(() => scrollY)).toBe(300);
  host.expectNoErrors();
});
