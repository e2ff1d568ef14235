// The widget's own "Embed" panel (docs/EMBEDDING.md "The embed codes"): a
// disclosure button that shows the two embed codes (iframe and inline) for this
// widget's URL, each in a labelled read-only field with a "Copy code" button that
// puts exactly that code on the clipboard and announces it. With ?src= the codes
// carry that content as data-src. And the codes work: pasted into a fresh host
// page, each one brings up a live widget with the same content.
import type { BrowserContext, Page } from '@playwright/test';
import { EmbeddedWidget, type HostPage, test as hostTest } from './fixtures/embed-host';
import { ExplainerPage, HEADLINE, expect } from './fixtures/explainer-page';

/** Both fixtures on the same page: the standalone widget and the host page helpers. */
const test = hostTest.extend<{ explainer: ExplainerPage }>({
  explainer: async ({ page }, use, testInfo) => {
    await use(await ExplainerPage.create(page, testInfo));
  },
});

const SAMPLE_HEADLINE = 'Sample: Riverton council delays its budget vote over library hours';
const LABELS = {
  iframe: 'Iframe (works in most content management systems)',
  inline: 'Inline (mounts into the page, styles isolated)',
} as const;
type Mode = keyof typeof LABELS;

/** The Embed panel's parts, on the standalone page. */
function panel(explainer: ExplainerPage) {
  const root = explainer.root();
  const codes = root.locator('#embed-codes');
  const field = (mode: Mode) => root.getByLabel(LABELS[mode], { exact: true });
  return {
    button: root.getByRole('button', { name: 'Embed', exact: true }),
    codes,
    field,
    copy: (mode: Mode) =>
      codes
        .locator('.embed-panel__code')
        // (an inner locator is matched inside each candidate, so it starts from the page)
        .filter({ has: explainer.page.getByLabel(LABELS[mode], { exact: true }) })
        .getByRole('button', { name: `Copy code: ${LABELS[mode]}`, exact: true }),
  };
}

/** A RegExp that matches `text` literally (the test server's port varies: E2E_PORT). */
function literal(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
}

/** What a pasted code is, as the browser parses it. */
async function parse(page: Page, code: string) {
  return page.evaluate((html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const placeholders = [...doc.querySelectorAll('[data-news-explainer]')];
    const div = placeholders[0];
    return {
      placeholders: placeholders.length,
      mode: div?.getAttribute('data-news-explainer') ?? null,
      src: div?.getAttribute('data-src') ?? null,
      title: div?.getAttribute('data-title') ?? null,
      fallback: div ? [...div.querySelectorAll('a')].map((a) => a.getAttribute('href')) : [],
      scripts: [...doc.scripts].map((s) => ({ src: s.getAttribute('src'), async: s.hasAttribute('async') })),
    };
  }, code);
}

async function grantClipboard(context: BrowserContext, page: Page): Promise<void> {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
}

/** Opens the panel, copies one code with its button, and returns what is on the clipboard. */
async function copyCode(explainer: ExplainerPage, mode: Mode): Promise<string> {
  const p = panel(explainer);
  if ((await p.button.getAttribute('aria-expanded')) !== 'true') await p.button.click();
  await expect(p.codes).toBeVisible();
  // Clear the clipboard first, so what is read back was put there by the button.
  await explainer.page.evaluate(() => navigator.clipboard.writeText(''));
  await p.copy(mode).click();
  await expect(explainer.announcer()).toHaveText('Embed code copied to the clipboard.');
  const copied = await explainer.page.evaluate(() => navigator.clipboard.readText());
  expect(copied, `the ${mode} code, exactly as the field shows it`).toBe(await p.field(mode).inputValue());
  return copied;
}

test('the Embed button is a disclosure for the panel of codes', async ({ explainer }) => {
  await explainer.goto();
  const p = panel(explainer);
  await expect(p.button).toBeVisible();
  await expect(p.button).toHaveAttribute('aria-expanded', 'false');
  const controls = await p.button.getAttribute('aria-controls');
  expect(controls, 'aria-controls names the panel').toBe('embed-codes');
  await expect(explainer.page.locator(`#${controls}`)).toHaveCount(1);
  await expect(p.codes).toBeHidden();

  await p.button.click();
  await expect(p.button).toHaveAttribute('aria-expanded', 'true');
  await expect(p.codes).toBeVisible();
  await expect(p.field('iframe')).toBeVisible();
  await expect(p.field('inline')).toBeVisible();

  await p.button.click();
  await expect(p.button).toHaveAttribute('aria-expanded', 'false');
  await expect(p.codes).toBeHidden();

  // Keyboard too: Enter on the focused button opens it.
  await p.button.focus();
  await explainer.page.keyboard.press('Enter');
  await expect(p.button).toHaveAttribute('aria-expanded', 'true');
  await expect(p.codes).toBeVisible();
  explainer.expectNoErrors();
});

test('the panel shows both codes in labelled read-only fields, for this widget', async ({ explainer, baseURL }) => {
  await explainer.goto();
  const p = panel(explainer);
  await p.button.click();
  const widgetUrl = new URL('/', baseURL).href;
  for (const mode of ['iframe', 'inline'] as const) {
    const field = p.field(mode);
    await expect(field).toBeVisible();
    await expect(field).toHaveJSProperty('tagName', 'TEXTAREA');
    await expect(field).toHaveJSProperty('readOnly', true);
    await expect(field).toHaveAccessibleName(LABELS[mode]);
    await expect(field).toHaveValue(new RegExp(`data-news-explainer="${mode}"`));
    await expect(field).toHaveValue(literal(`<script src="${widgetUrl}embed.js" async></script>`));
    const code = await field.inputValue();
    // The default content: no data-src.
    expect(await parse(explainer.page, code)).toEqual({
      placeholders: 1,
      mode,
      src: null,
      title: HEADLINE,
      fallback: [widgetUrl],
      scripts: [{ src: `${widgetUrl}embed.js`, async: true }],
    });
  }
  explainer.expectNoErrors();
});

test('"Copy code" puts exactly each code on the clipboard and announces it', async ({ explainer, context }) => {
  await explainer.goto();
  await grantClipboard(context, explainer.page);
  const iframe = await copyCode(explainer, 'iframe');
  const inline = await copyCode(explainer, 'inline');
  expect(iframe).toContain('data-news-explainer="iframe"');
  expect(inline).toContain('data-news-explainer="inline"');
  expect(iframe).not.toBe(inline);
  explainer.expectNoErrors();
});

test('without a clipboard, "Copy code" says to select the code and copy it', async ({ explainer }) => {
  await explainer.page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { get: () => undefined });
  });
  await explainer.goto();
  const p = panel(explainer);
  await p.button.click();
  await p.copy('iframe').click();
  await expect(explainer.announcer()).toHaveText('Copying is not available here. Select the code and copy it.');
  explainer.expectNoErrors();
});

test('with ?src= the codes carry that content as an absolute data-src', async ({ explainer, page, baseURL }) => {
  await page.goto('/?src=/sample-explainer.json');
  await expect(explainer.root().locator('.explainer.is-live')).toHaveCount(1);
  await expect(explainer.headline()).toHaveText(SAMPLE_HEADLINE);
  const p = panel(explainer);
  await p.button.click();
  const widgetUrl = new URL('/', baseURL).href;
  for (const mode of ['iframe', 'inline'] as const) {
    await expect(p.field(mode)).toHaveValue(literal(`data-src="${widgetUrl}sample-explainer.json"`));
    expect(await parse(page, await p.field(mode).inputValue())).toEqual({
      placeholders: 1,
      mode,
      src: `${widgetUrl}sample-explainer.json`,
      title: SAMPLE_HEADLINE,
      fallback: [widgetUrl],
      scripts: [{ src: `${widgetUrl}embed.js`, async: true }],
    });
  }
  explainer.expectNoErrors();
});

/** Serves a minimal article at /e2e-pages/pasted.html with `code` pasted into its body, and opens it. */
async function openPasted(host: HostPage, code: string): Promise<void> {
  const url = host.url('pasted.html');
  await host.page.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Pasted</title></head>
<body>
<h1>An article with a pasted embed code</h1>
<p>Before the embed.</p>
${code}
<p>After the embed.</p>
</body>
</html>`,
    }),
  );
  await host.page.goto(url);
}

for (const content of ['default', 'sample'] as const) {
  for (const mode of ['iframe', 'inline'] as const) {
    test(`round trip: the copied ${mode} code (${content} content), pasted into a fresh page, brings up a live widget`, async ({
      explainer,
      host,
      context,
      page,
    }) => {
      if (content === 'sample') {
        await page.goto('/?src=/sample-explainer.json');
        await expect(explainer.root().locator('.explainer.is-live')).toHaveCount(1);
      } else {
        await explainer.goto();
      }
      await grantClipboard(context, page);
      const code = await copyCode(explainer, mode);

      await openPasted(host, code);
      const placeholder = page.locator(`[data-news-explainer="${mode}"]`);
      await expect(placeholder).toHaveAttribute('data-news-explainer-ready', mode);
      const widget = new EmbeddedWidget(
        mode === 'iframe' ? page.frameLocator(`[data-news-explainer="iframe"] iframe`) : placeholder,
      );
      await widget.waitUntilLive();
      await expect(widget.headline()).toHaveText(content === 'sample' ? SAMPLE_HEADLINE : HEADLINE);
      // The fallback link no longer shows: the widget took its place (inline, it
      // stays in the light DOM, unrendered behind the shadow root).
      await expect(page.locator('[data-news-explainer] > a')).toBeHidden();
      // Live: a quote opens.
      const card = widget.quotes.card(content === 'sample' ? 'careful-budget' : 'long-overdue');
      await card.expand();
      if (mode === 'iframe') {
        const iframe = placeholder.locator('iframe');
        await expect(iframe).toHaveAttribute('title', content === 'sample' ? SAMPLE_HEADLINE : HEADLINE);
        await host.expectFrameFits(iframe, 'after opening a quote');
      }
      host.expectNoErrors();
    });
  }
}
