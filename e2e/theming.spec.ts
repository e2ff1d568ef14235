// Theming from the host page (README "Theming"), read from computed styles, not
// screenshots: data-theme="light"/"dark" on the placeholder or any ancestor forces
// that scheme whatever the reader prefers (inline and in an iframe); an inline
// embed takes custom properties through ::part(explainer), and nothing else from
// the host. (prefers-reduced-motion: reduced-motion.spec.ts.)
import type { Locator } from '@playwright/test';
import { type EmbeddedWidget, expect, test } from './fixtures/embed-host';

/**
 * The widget root's computed color-scheme and background colour, as `rgb()` or
 * `rgba()` components; `null` when the colour does not parse as either (a
 * browser that reports another syntax must fail the check, not read as dark).
 */
async function scheme(widget: EmbeddedWidget): Promise<{ colorScheme: string; background: string; rgba: number[] | null }> {
  return widget.widget().evaluate((el) => {
    const style = getComputedStyle(el);
    const parts = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+))?\s*\)$/.exec(style.backgroundColor);
    const rgba = parts ? [1, 2, 3, 4].map((i) => (parts[i] === undefined ? 1 : Number(parts[i]))) : null;
    return { colorScheme: style.colorScheme, background: style.backgroundColor, rgba };
  });
}

/** Relative luminance (0–1) of an opaque sRGB colour, by the sRGB coefficients. */
function luminance([r, g, b]: number[]): number {
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

async function expectScheme(widget: EmbeddedWidget, want: 'light' | 'dark', what: string): Promise<void> {
  const seen = await scheme(widget);
  expect(seen.colorScheme, `${what}: color-scheme`).toBe(want);
  expect(seen.rgba, `${what}: a background colour that parses (${seen.background})`).not.toBeNull();
  // A transparent background would show the host's page, whichever it is.
  expect(seen.rgba![3], `${what}: an opaque background (${seen.background})`).toBe(1);
  if (want === 'dark') expect(luminance(seen.rgba!), `${what}: a dark background`).toBeLessThan(0.2);
  else expect(luminance(seen.rgba!), `${what}: a light background`).toBeGreaterThan(0.8);
}

test('data-theme on an ancestor or the placeholder forces its scheme, whatever the reader prefers', async ({
  host,
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await host.goto('themed.html');
  const darkFrame = host.framed('dark-frame');
  const darkInline = host.inline('dark-inline');
  const lightInline = host.inline('light-inline');
  for (const widget of [darkFrame, darkInline, lightInline]) await widget.waitUntilLive();

  await expectScheme(darkFrame, 'dark', 'the iframe in a data-theme="dark" section, reader prefers light');
  await expectScheme(darkInline, 'dark', 'the inline embed in a data-theme="dark" section, reader prefers light');
  await expectScheme(lightInline, 'light', 'data-theme="light" on the placeholder, reader prefers light');

  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
  await expectScheme(lightInline, 'light', 'data-theme="light" on the placeholder, reader prefers dark');
  await expectScheme(darkInline, 'dark', 'the inline embed in a data-theme="dark" section, reader prefers dark');
  host.expectNoErrors();
});

test('an inline embed takes custom properties through ::part(explainer), and no other host rule', async ({
  host,
}) => {
  await host.goto('themed.html');
  const parted = host.inline('parted');
  const other = host.inline('light-inline');
  await parted.waitUntilLive();
  await other.waitUntilLive();
  const kicker = (widget: EmbeddedWidget): Locator => widget.scope.locator('.explainer__kicker');
  const color = (locator: Locator, property: 'color' | 'backgroundColor') =>
    locator.evaluate((el, property) => getComputedStyle(el)[property], property);

  expect(await color(kicker(parted), 'color'), '--explainer-color-accent through the part').toBe('rgb(0, 90, 156)');
  expect(await color(parted.widget(), 'backgroundColor'), '--explainer-color-bg through the part').toBe(
    'rgb(250, 240, 200)',
  );
  // The other widget on the page keeps its own colours.
  expect(await color(kicker(other), 'color')).not.toBe('rgb(0, 90, 156)');
  host.expectNoErrors();
});
