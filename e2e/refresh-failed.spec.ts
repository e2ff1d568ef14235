// A failed refresh keeps the last good content and says nothing alarming
// (README "A returning reader"): back on the tab, a network error, a server
// error or a new version with content errors leaves the widget as it was (no
// alert, no error box, no announcement, no console error), and a later return
// still refreshes once the file is good again.
import { expect, test } from './fixtures/embed-host';
import { openFirstVersion, returnToTab } from './fixtures/returning-reader';

const FILE = '/returning/explainer.json';

test('a refresh that fails keeps what is shown, quietly', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // Chromium logs each failed request itself ("Failed to load resource: …"); that
  // is the browser's, not the widget's, and no page can silence it.
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(message.text());
  });
  await page.clock.install();
  const { file, followUp, widget } = await openFirstVersion(page, FILE);
  await widget.quotes.card('careful-budget').expand();
  const before = await widget.widget().evaluate((el) => el.outerHTML);

  const broken = structuredClone(followUp);
  broken.quotes[0].text = 'words nobody said';
  const failures: [string, () => void][] = [
    ['a network error', () => file.fail('abort')],
    ['a server error', () => file.fail(503)],
    ['a version with content errors', () => file.publish(broken)],
    ['a file that is not JSON', () => file.publish('{"article": ')],
  ];
  for (const [what, fail] of failures) {
    fail();
    const asked = file.requests.length;
    // The widget says, on the debug console only, that it kept what is shown: the
    // positive event that the failed refresh has been handled, before checking that
    // nothing changed.
    const kept = page.waitForEvent('console', {
      predicate: (m) => m.type() === 'debug' && /keeping what is shown/i.test(m.text()),
    });
    await page.clock.fastForward('01:01');
    await returnToTab(page);
    await expect.poll(() => file.requests.length, { message: `${what}: the file is asked for` }).toBe(asked + 1);
    await kept;
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await widget.widget().evaluate((el) => el.outerHTML), `${what}: the widget is as it was`).toBe(before);
    await expect(page.getByRole('alert')).toHaveCount(0);
  }
  expect(errors, 'nothing on the console above debug').toEqual([]);

  // Good again: the next return brings it in.
  file.publish(followUp);
  await page.clock.fastForward('01:01');
  await returnToTab(page);
  await expect(widget.quotes.cards()).toHaveCount(followUp.quotes.length);
});
