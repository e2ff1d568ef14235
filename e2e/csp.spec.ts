// The built widget runs under the strict Content-Security-Policy the README
// states (docs/csp.txt, which e2e/serve-dist.mjs sends for `?csp`): no inline
// scripts, no eval, only 'wasm-unsafe-eval', and connect-src 'self' for the
// Wasm's own fetch.
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures/explainer-page';
import { README_FILE, STATED_CSP } from './fixtures/csp';

test('the README states the policy the tests serve, word for word', () => {
  const readme = readFileSync(README_FILE, 'utf8');
  const lines = readme.split('\n').map((line) => line.trim());
  expect(lines, 'README.md shows docs/csp.txt as it is, on a line of its own').toContain(STATED_CSP);
  expect(readme).toContain('docs/csp.txt');
});

test('the widget runs under the stated CSP with no violation', async ({ explainer, page }) => {
  const violations: string[] = [];
  await page.exposeFunction('reportCspViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportCspViolation(v: string): void }).reportCspViolation(
        `${event.violatedDirective} blocked ${event.blockedURI}`,
      );
    });
  });
  const response = await page.goto('/?csp#quote-long-overdue');
  expect(response?.headers()['content-security-policy'], 'served exactly as stated').toBe(STATED_CSP);

  // The Wasm ran: the card named in the fragment is rendered and expanded.
  await explainer.waitUntilLive();
  await expect(explainer.quoteCard('long-overdue').locator('button.quote-card__toggle')).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  // Exercise the views too: nothing they do may need an inline style or script.
  await page.getByRole('tab', { name: 'Article text' }).click();
  await expect(page.locator('mark#source-long-overdue')).toBeVisible();

  expect(violations).toEqual([]);
  expect(explainer.errors).toEqual([]);
});
