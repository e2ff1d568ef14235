// An inline embed's data-src is refreshed like ?src= (README "Fresh content"):
// back on the host page's tab, the widget mounted in the host page asks for its
// file again conditionally, and a new version re-renders in place, announced.
import { expect, test } from './fixtures/embed-host';
import { FOLLOW_UP, ServedExplainer, returnToTab, sampleVersions } from './fixtures/returning-reader';

test('an inline widget refreshes its data-src when the reader comes back to the host page', async ({ host, page }) => {
  await page.clock.install();
  const file = new ServedExplainer(page, '/returning/inline.json');
  await file.install();
  const { first, followUp } = sampleVersions();
  file.publish(first);
  await host.goto('refresh-inline.html');
  const widget = host.inline('fresh');
  await widget.waitUntilLive();
  await expect(widget.quotes.cards()).toHaveCount(first.quotes.length);

  file.publish(followUp);
  await page.clock.fastForward('01:01');
  await returnToTab(page);
  await expect(widget.quotes.cards(), 'the new version shows in place').toHaveCount(followUp.quotes.length);
  await expect(widget.quotes.card(FOLLOW_UP.newQuotes[0]).root()).toBeAttached();
  expect(file.requests.map(({ ifNoneMatch, status }) => ({ ifNoneMatch, status }))).toEqual([
    { ifNoneMatch: null, status: 200 },
    { ifNoneMatch: '"version-1"', status: 200 },
  ]);
  await expect(widget.announcer()).toContainText('This explainer has been updated');
  expect(host.errors).toEqual([]);
});
