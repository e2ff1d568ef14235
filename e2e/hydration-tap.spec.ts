// The Wasm parses the content, hydrates the pre-rendered markup and goes live in
// three tasks, "so a click while it loads never waits behind all three" (README
// "Readable before and without WebAssembly"). A long task is injected into
// hydration: a busy loop at the end of its task, until input is waiting. Input
// sent then (Enter on a card's focused <summary>) is answered, by the <details>
// it lands on, before the widget goes live, and going live keeps that card open.
import { CONTENT as content } from './fixtures/content';
import { expect, test } from './fixtures/explainer-page';

/** The page's console line that says the injected long task has begun. */
const HYDRATING = 'news-explainer-test: hydrating';

/** What the page saw: the injected long task, and each click with whether the widget was live. */
interface Seen {
  longTask: { ms: number; inputPending: boolean } | null;
  clicks: { live: boolean; on: string }[];
}

test('a card opened during hydration (one Enter) is answered before the widget goes live', async ({ explainer, page }) => {
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
        seen.longTask = { ms: Math.round(performance.now() - start), inputPending };
      });
      observer.observe(document.getElementById('explainer')!, { subtree: true, childList: true, attributes: true });
    });
  }, HYDRATING);
  const release = await explainer.holdWasm();
  await page.goto('/');
  const card = explainer.quotes.card(content.quotes[1].id);
  // The reader is on the card's summary before hydration starts.
  await card.summary().focus();

  const hydrating = page.waitForEvent('console', (message) => message.text() === HYDRATING);
  release();
  await hydrating;
  // One input event, straight to the browser: Enter on the focused <summary>
  // (its keypress is the click). Playwright's own keyboard would first run
  // scripts in the page, and so wait for the long task to end; a press and a
  // release sent as two events could fall on either side of the task's end.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchKeyEvent', {
    type: 'keyDown',
    key: 'Enter',
    code: 'Enter',
    windowsVirtualKeyCode: 13,
    text: '\r',
  });

  await explainer.waitUntilLive();
  const seen = await page.evaluate(() => (window as unknown as { __seen: Seen }).__seen);
  expect(seen.longTask?.inputPending, 'the key arrived during the long task in hydration').toBe(true);
  expect(seen.clicks.map((click) => click.live), 'the key was answered before the widget went live').toEqual([false]);
  expect(seen.clicks[0].on).toMatch(/^quote-card__/);
  await expect(card.toggle()).toHaveAttribute('aria-expanded', 'true');
  await expect(card.details()).toBeVisible();
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 });
  explainer.expectNoErrors();
});
