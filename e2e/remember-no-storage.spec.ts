// Where storage is unavailable (a sandboxed frame, site data blocked: reading
// `localStorage` throws a SecurityError), remembering is off without a word
// (README "A returning reader"): the widget goes live and works, shows no line
// or mark when the content changes between loads, and logs nothing above the
// console's debug level (an error would show on any reader's console).
import { EmbeddedWidget, expect, test } from './fixtures/embed-host';
import { ServedExplainer, SinceVisit, sampleVersions } from './fixtures/returning-reader';

test('without storage, the widget works and says nothing about visits, quietly', async ({ page }) => {
  const logged: string[] = [];
  page.on('pageerror', (error) => logged.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') logged.push(`console.error: ${message.text()}`);
  });
  const debug: string[] = [];
  page.on('console', (message) => message.type() === 'debug' && debug.push(message.text()));
  // What a browser with site data blocked does: the getter itself throws.
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const file = new ServedExplainer(page, '/returning/explainer.json');
  await file.install();
  const { first, followUp } = sampleVersions();
  file.publish(first);
  await page.goto('/?src=/returning/explainer.json');
  const widget = new EmbeddedWidget(page.locator('#explainer'));
  await widget.waitUntilLive();
  file.publish(followUp);
  await page.reload();
  await widget.waitUntilLive();
  await expect(widget.quotes.cards()).toHaveCount(followUp.quotes.length);
  await new SinceVisit(page.locator('#explainer')).expectNothing();
  await widget.quotes.card('open-on-sundays').expand();
  await expect.poll(() => debug.some((line) => /no storage/.test(line)), { message: 'one debug line says why' }).toBe(
    true,
  );
  expect(logged).toEqual([]);
});
