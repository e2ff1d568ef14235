// An open page learns of a republish (README "Publishing", "Live updates"): a
// page published with `explainer publish` asks for its content file while it
// is visible, at most once a minute, with a conditional request. After a
// republish it does not change under the reader: it offers "Updated: show the
// new version", and the new version, once asked for, shows what changed with
// the returning reader's marks. The page's clock is moved on a minute at a time.
import { expect, test } from './fixtures/embed-host';
import { EmbeddedWidget } from './fixtures/embed-host';
import { newVersionOffer, PublishedSite } from './fixtures/published-site';
import { FOLLOW_UP, sampleVersions, SinceVisit } from './fixtures/returning-reader';

test('an open published page offers the republished version and then shows what changed', async ({ page, baseURL }) => {
  test.slow(); // two publishes with the command-line tool
  const { first, followUp } = sampleVersions();
  const site = await PublishedSite.create('council-vote');
  await site.publish(first, baseURL!);
  await site.serve(page);
  await page.clock.install();
  await page.goto(site.path);
  const widget = new EmbeddedWidget(page.locator('#explainer'));
  await widget.waitUntilLive();

  // A minute on: the page asks, gets the version it shows, offers nothing.
  await page.clock.fastForward('01:01');
  await expect.poll(() => site.contentRequests.length).toBe(1);
  expect(site.contentRequests[0]).toEqual({ ifNoneMatch: null, status: 200 });

  await site.publish(followUp, baseURL!);
  await page.clock.fastForward('01:01');
  await expect(newVersionOffer(page)).toBeVisible();
  // Asked with the version it had (a 304 for each ask while the tool was
  // still publishing, in real time), and told of the new one by the last.
  const asked = site.contentRequests.map((r) => [r.ifNoneMatch !== null, r.status]);
  expect(asked[0]).toEqual([false, 200]);
  expect(asked.at(-1)).toEqual([true, 200]);
  expect(asked.slice(1, -1).every(([conditional, status]) => conditional && status === 304)).toBe(true);
  // Nothing changed under the reader: the new quotes are not there yet.
  const newQuote = page.locator(`.quote-card[data-quote="${FOLLOW_UP.newQuotes[0]}"]`);
  await expect(page.locator(`.quote-card[data-quote="${FOLLOW_UP.unchangedQuote}"]`)).toBeVisible();
  await expect(newQuote).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('offer.png') });

  await newVersionOffer(page).click();
  await expect(newQuote).toHaveCount(1);
  await new EmbeddedWidget(page.locator('#explainer')).waitUntilLive();
  const since = new SinceVisit(page.locator('#explainer'));
  await expect(since.line()).toBeVisible();
  expect(await since.markedQuotes()).toEqual(FOLLOW_UP.newQuotes);
  await expect(newVersionOffer(page)).toHaveCount(0);
});
