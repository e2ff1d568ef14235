// The iframe embed never touches the host's history: following links inside the
// widget (a card's "Show in article", a highlight back to its card, a tracker
// item's evidence) changes neither the host page's URL nor its history, whose
// entries the host's back button walks (a frame's own navigations would add to it).
import { expect, test } from './fixtures/embed-host';

test("links followed inside the iframe leave the host's URL and history alone", async ({ host, page }) => {
  // The host scrolls the frame to what a link inside opened (embed.js, smoothly
  // unless the reader asks for less motion): a smooth scroll still moving the
  // frame could carry the next click's target from under the pointer.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await host.goto('iframe.html');
  const widget = host.framed('story');
  await widget.waitUntilLive();
  const before = await page.evaluate(() => ({ href: location.href, length: history.length }));

  const card = widget.quotes.card('long-overdue');
  await card.expand();
  await card.showInArticleButton().click();
  await expect(widget.tab('source')).toHaveAttribute('aria-selected', 'true');
  await widget.source.quoteMarkLink('long-overdue').click();
  await expect(widget.tab('quotes')).toHaveAttribute('aria-selected', 'true');
  await card.expectExpanded();
  await widget.tab('tracker').click();
  await widget.tracker.item('resumed-dialogue').evidenceLink('#quote-long-overdue').click();
  await expect(widget.tab('quotes')).toHaveAttribute('aria-selected', 'true');

  expect(await page.evaluate(() => ({ href: location.href, length: history.length }))).toEqual(before);
  expect(await host.hostHashChanges()).toEqual([]);
  expect(await host.hostHistoryCalls()).toEqual([]);
  host.expectNoErrors();
});
