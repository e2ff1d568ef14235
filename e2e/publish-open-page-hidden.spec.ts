// An open published page asks for nothing while it is hidden (README
// "Publishing", "Live updates"): the reader leaves the tab, five minutes pass,
// and the first request for the content file comes only once the tab is
// visible again. The page's own record of each request it started (with
// `document.hidden` at that moment) is read after the server saw the request
// made on return, so "none while hidden" is checked after a positive event;
// that request carries no `If-None-Match`, so it was the page's first.
import { expect, test } from './fixtures/embed-host';
import { EmbeddedWidget } from './fixtures/embed-host';
import { PublishedSite } from './fixtures/published-site';
import { sampleVersions } from './fixtures/returning-reader';

/** Says the page is hidden or visible, as the browser does on a tab switch. */
async function setHidden(page: import('@playwright/test').Page, hidden: boolean): Promise<void> {
  await page.evaluate((hidden) => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
    Object.defineProperty(document, 'visibilityState', {
      configurable: true,
      get: () => (hidden ? 'hidden' : 'visible'),
    });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
}

test('a hidden published page asks for nothing, and asks once it is visible again', async ({ page, baseURL }) => {
  const site = await PublishedSite.create('council-hidden');
  await site.publish(sampleVersions().first, baseURL!);
  await site.serve(page);
  await page.clock.install();
  await page.addInitScript(() => {
    const started: { hidden: boolean }[] = [];
    (window as any).__contentRequests = started;
    const fetch = window.fetch.bind(window);
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (url.includes('content.json')) started.push({ hidden: document.hidden });
      return fetch(input, init);
    };
  });
  await page.goto(site.path);
  await new EmbeddedWidget(page.locator('#explainer')).waitUntilLive();

  await setHidden(page, true);
  await page.clock.fastForward('05:00');
  await setHidden(page, false);
  await expect.poll(() => site.contentRequests.length).toBe(1);
  expect(site.contentRequests).toEqual([{ ifNoneMatch: null, status: 200 }]);
  expect(await page.evaluate(() => (window as any).__contentRequests)).toEqual([{ hidden: false }]);
});
