// Links come back to the host article: a quote link copied inside an iframe is
// the host page's URL plus #quote-<slug>, and a host page opened with
// #quote-<slug> opens that quote in the widget and scrolls the host to it; with
// our loader and with pym.js's parent.
import { expect, test } from './fixtures/embed-host';

const SLUG = 'number-of-agreements';

for (const [page, placeholder] of [
  ['iframe.html', 'story'],
  ['pym.html', 'pym-story'],
] as const) {
  test(`${page}: a copied quote link is the host article URL with #quote-<slug>`, async ({ host }) => {
    await host.goto(page);
    const copied = await host.copyQuoteLink(host.framed(placeholder), SLUG);
    expect(copied).toBe(host.url(`${page}#quote-${SLUG}`));
    host.expectNoErrors();
  });

  test(`${page}: a host URL with #quote-<slug> opens that quote and scrolls the host to it`, async ({ host }) => {
    await host.goto(`${page}#quote-${SLUG}`);
    const widget = host.framed(placeholder);
    await widget.waitUntilLive();
    const card = widget.quotes.card(SLUG);
    await card.expectExpanded();
    await expect(widget.quotes.expandedToggles()).toHaveCount(1);
    await expect(widget.notice()).toHaveCount(0);
    // The card sits far below the fold of the host article; the host scrolled to
    // it: its heading is within the host's viewport (pym.js puts it at the very
    // top, to the subpixel; our loader a little below).
    const viewport = host.page.viewportSize()!;
    await expect
      .poll(async () => host.topInHostViewport(host.iframe(placeholder), card.toggle()), {
        message: "the quote card's heading should be scrolled into the host viewport",
      })
      .toBeGreaterThanOrEqual(-4);
    const top = await host.topInHostViewport(host.iframe(placeholder), card.toggle());
    expect(top).toBeLessThan(viewport.height / 2);
    host.expectNoErrors();
  });
}

test('a later host hashchange to one of its quotes opens it in the iframe', async ({ host }) => {
  await host.goto('iframe.html');
  const widget = host.framed('story');
  await widget.waitUntilLive();
  const notices = await host.recordNotices('story', 'framed');
  await host.page.evaluate((slug) => {
    location.hash = `#quote-${slug}`;
  }, SLUG);
  await widget.quotes.card(SLUG).expectExpanded();
  // A host fragment that is not the widget's is ignored: no notice, nothing opens.
  // One of its quotes after it, once open, says the widget has heard both.
  await host.page.evaluate(() => {
    location.hash = '#comments';
  });
  await host.page.evaluate(() => {
    location.hash = '#quote-long-overdue';
  });
  await widget.quotes.card('long-overdue').expectExpanded();
  expect(await notices(), 'no notice, not even one cleared by the next fragment').toBe(0);
  await expect(widget.quotes.expandedToggles()).toHaveCount(2);
  host.expectNoErrors();
});
