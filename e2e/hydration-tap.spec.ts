// The Wasm parses the content, hydrates the pre-rendered markup and goes live in
// three tasks, "so a click while it loads never waits behind all three" (README
// "Readable before and without WebAssembly"). A long task is injected into
// hydration: a busy loop at the end of its task, until input is waiting. A tap
// sent then is answered, by the <details> it lands on, before the widget goes
// live, and going live keeps that card open.
import { CONTENT as content } from './fixtures/content';
import { expect, test } from './fixtures/explainer-page';

/** The page's console line that says the injected long task has begun. */
const HYDRATING = 'news-explainer-test: hydrating';

/** What the page saw: the injected long task, and each click with whether the widget was live. */
interface Seen {
  longTask: { ms: number; inputPending: boolean } | null;
  clicks: { live: boolean; on: string }[];
}

test('a tap during hydration is answered before the widget goes live', async ({ explainer, page }) => {
  await page.addInitScript((hydrating) => {
    const seen: Seen = { longTask: null, clicks: [] };
    (window as unknown as { __seen: Seen }).__seen = seen;
    const live = () => document.querySelector('.explainer.is-live') !== null;
    addEventListener('click', (event) => seen.clicks.push({ live: live(), on: (event.target as Element).className }), true);
    document.addEventListener('DOMContentLoaded', () => {
      // The first change the Wasm makes to the markup is hydration adopting it
      // (parsing touches nothing); this callback ends hydration's task.
      const observer = new MutationObserver(() => {
        observer.disconnect();
        // A console message reaches the test while this task still runs (a
        // request would not leave before it ends).
        console.log(hydrating);
        const scheduling = (navigator as unknown as { scheduling: { isInputPending(): boolean } }).scheduling;
        const start = performance.now();
        let inputPending = false;
        while (performance.now() - start < 5_000 && !(inputPending = scheduling.isInputPending()));
        // The press is waiting; give its release, sent with it, time to arrive too.
        const pressed = performance.now();
        while (performance.now() - pressed < 100);
        seen.longTask = { ms: Math.round(performance.now() - start), inputPending };
      });
      observer.observe(document.getElementById('explainer')!, { subtree: true, childList: true, attributes: true });
    });
  }, HYDRATING);
  const release = await explainer.holdWasm();
  await page.goto('/');
  const card = explainer.quotes.card(content.quotes[1].id);
  const box = (await card.summary().boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];

  const hydrating = page.waitForEvent('console', (message) => message.text() === HYDRATING);
  release();
  await hydrating;
  // Press and release at once, straight to the browser: Playwright's own click
  // would first run scripts in the page, and so wait for the long task to end.
  const cdp = await page.context().newCDPSession(page);
  const mouse = (type: 'mousePressed' | 'mouseReleased') =>
    cdp.send('Input.dispatchMouseEvent', { type, x, y, button: 'left', clickCount: 1 });
  await Promise.all([mouse('mousePressed'), mouse('mouseReleased')]);

  await explainer.waitUntilLive();
  const seen = await page.evaluate(() => (window as unknown as { __seen: Seen }).__seen);
  expect(seen.longTask?.inputPending, 'the tap arrived during the long task in hydration').toBe(true);
  expect(seen.clicks.map((click) => click.live), 'the tap was answered before the widget went live').toEqual([false]);
  expect(seen.clicks[0].on).toMatch(/^quote-card__/);
  await expect(card.toggle()).toHaveAttribute('aria-expanded', 'true');
  await expect(card.details()).toBeVisible();
  explainer.expectNoErrors();
});
