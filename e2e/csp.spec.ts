// The built widget runs under a strict Content-Security-Policy: no inline
// scripts, no eval, only 'wasm-unsafe-eval' (see e2e/serve-dist.mjs STRICT_CSP).
import { expect, test } from './fixtures/explainer-page';

test('the widget runs under a strict CSP with no violation', async ({ explainer, page }) => {
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
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");

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
