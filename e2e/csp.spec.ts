// The built widget runs under the strict Content-Security-Policy the README
// states (docs/csp.txt, which e2e/serve-dist.mjs sends for `?csp`): no inline
// scripts, no eval, only 'wasm-unsafe-eval', and connect-src 'self' for the
// Wasm's own fetch. Every page the build writes runs under it: the explainer,
// a share page (and the explainer it sends the reader to), a `?src=` page, the
// widget in an iframe embed and inline in a host page, and the Studio.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { EmbeddedWidget } from './fixtures/embed-host';
import { expect, test } from './fixtures/explainer-page';
import { README_FILE, STATED_CSP } from './fixtures/csp';

/**
 * Records every Content-Security-Policy violation in the page and its frames,
 * from before any of their scripts run; read the array when done.
 */
async function recordViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportCspViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportCspViolation(v: string): void }).reportCspViolation(
        `${location.pathname}: ${event.violatedDirective} blocked ${event.blockedURI}`,
      );
    });
  });
  return violations;
}

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

test('a share page and the explainer it sends the reader to run under the stated CSP', async ({ explainer, page }) => {
  const violations = await recordViolations(page);
  const share = page.waitForResponse((r) => new URL(r.url()).pathname === '/quote/long-overdue/');
  await page.goto('/quote/long-overdue/?csp');
  expect((await share).headers()['content-security-policy']).toBe(STATED_CSP);
  // quote/redirect.js ran (a script from 'self') and carried ?csp over.
  await page.waitForURL((url) => url.pathname === '/' && url.hash === '#quote-long-overdue' && url.search === '?csp');
  await explainer.waitUntilLive();
  await explainer.quotes.card('long-overdue').expectExpanded();
  expect(violations).toEqual([]);
});

test('a ?src= page runs under the stated CSP', async ({ explainer, page }) => {
  const violations = await recordViolations(page);
  await page.goto('/?csp&src=/sample-explainer.json');
  const widget = new EmbeddedWidget(page.locator('#explainer'));
  await widget.waitUntilLive();
  await expect(widget.quotes.card('careful-budget').root()).toBeVisible();
  await widget.quotes.card('careful-budget').expand();
  expect(violations).toEqual([]);
  expect(explainer.errors).toEqual([]);
});

test('the inline embed runs under the stated CSP of its host page', async ({ page }) => {
  const violations = await recordViolations(page);
  await page.goto('/e2e-pages/inline.html?csp');
  for (const id of ['first', 'second']) {
    const widget = new EmbeddedWidget(page.locator(`#${id}`));
    await widget.waitUntilLive();
    await widget.tab('source').click();
    await expect(widget.tab('source')).toHaveAttribute('aria-selected', 'true');
  }
  expect(violations).toEqual([]);
});

test('the widget in an iframe embed runs under the stated CSP', async ({ page }) => {
  const violations = await recordViolations(page);
  // The frame's page (the widget's own, with ?embed=…) is served with the policy.
  let framed = 0;
  await page.route(
    (url) => url.pathname === '/' && url.searchParams.has('embed'),
    async (route) => {
      framed += 1;
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': STATED_CSP } });
    },
  );
  await page.goto('/e2e-pages/iframe.html');
  const widget = new EmbeddedWidget(page.frameLocator('#story iframe'));
  await widget.waitUntilLive();
  await widget.quotes.card('long-overdue').expand();
  await widget.tab('tracker').click();
  await expect(widget.tab('tracker')).toHaveAttribute('aria-selected', 'true');
  expect(framed, 'the frame was served with the policy').toBe(1);
  expect(violations).toEqual([]);
});

test('the Studio runs under the stated CSP, its live preview included', async ({ page }) => {
  const violations = await recordViolations(page);
  const response = await page.goto('/studio/?csp');
  expect(response?.headers()['content-security-policy']).toBe(STATED_CSP);
  await page.getByLabel('Paste the article, one paragraph per line').fill(
    'Geneva — Talks resumed on Tuesday.\nMinister Olena Bondar said: “We will not retreat from the grain corridor.”',
  );
  await page.getByRole('button', { name: 'Draft from this article' }).click();
  await expect(page.locator('.studio-preview .explainer')).toBeVisible();
  await expect(page.locator('.studio-quote')).not.toHaveCount(0);
  expect(violations).toEqual([]);
});
