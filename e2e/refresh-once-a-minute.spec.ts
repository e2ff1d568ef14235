// Refreshes are at most a minute apart (README "Fresh content"): a reader who
// flips between tabs does not make the widget ask for its file each time. The
// page's clock is moved on between returns; each return within a minute of the
// last request asks for nothing, each later one asks once. Every "asked for
// nothing" is checked against a later return that did ask, so the check cannot
// pass just because the request had not arrived yet.
import { expect, test } from './fixtures/embed-host';
import { openFirstVersion, returnToTab } from './fixtures/returning-reader';

const FILE = '/returning/once-a-minute.json';

test('returns within a minute of the last request ask for nothing; later ones ask once', async ({ page }) => {
  await page.clock.install();
  const { file } = await openFirstVersion(page, FILE);
  expect(file.requests).toHaveLength(1);

  // [time to move the clock on, requests the file has had after that return]
  const returns: [string, number][] = [
    ['00:30', 1], // 30 s after the first load: too soon
    ['00:31', 2], // 61 s: asks
    ['00:20', 2], // 20 s after that request: too soon
    ['00:30', 2], // 50 s: still too soon
    ['00:11', 3], // 61 s: asks
  ];
  for (const [i, [later, expected]] of returns.entries()) {
    await page.clock.fastForward(later);
    await returnToTab(page);
    if (expected > file.requests.length || i === returns.length - 1) {
      await expect.poll(() => file.requests.length, { message: `return ${i + 1} asks for the file` }).toBe(expected);
    }
  }
  // Each return that asked got a 304 (the file did not change), and no return
  // asked twice: the count is exactly the loads that were due.
  expect(file.requests.map((r) => r.status)).toEqual([200, 304, 304]);
});
