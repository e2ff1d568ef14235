// A locale file is read only up to its 64 KB limit (issue #32): a longer one,
// here one that never ends, is cut off there, and the widget goes on in
// English at once with a warning, rather than reading the whole file (or, as
// here, reading until the fetch's timeout) before measuring it.
import { expect, test } from './fixtures/explainer-page';
import { consoleWarnings, EndlessLocaleFile, localeTexts } from './fixtures/locales';

test('a locale file that never ends is read no further than the 64 KB limit', async ({ explainer, page }) => {
  const warnings = consoleWarnings(page);
  const endless = await EndlessLocaleFile.start();
  try {
    await endless.serveAs(page, '**/locales/fr.json');
    await page.goto('/?locale=fr');
    await explainer.waitUntilLive();
    await expect(explainer.tab('quotes')).toHaveText(localeTexts('en').tab_quotes);
    // Refused for its length, not given up on after the 10 s timeout.
    await expect
      .poll(() => warnings.filter((w) => w.includes('“fr”') && w.includes('longer than the 65536 bytes')).length)
      .toBe(1);
    expect(warnings.join('\n')).not.toContain('did not arrive');
    // The widget hung up, having taken what the connection's buffers hold at most.
    await expect.poll(() => endless.closed).toBe(true);
    expect(endless.sent).toBeLessThan(8 * 1024 * 1024);
    explainer.expectNoErrors();
  } finally {
    await endless.stop();
  }
});
