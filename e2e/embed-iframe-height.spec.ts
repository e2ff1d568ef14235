// In an iframe, the widget tells its host its height whenever it changes, and the
// host page sizes the iframe to fit: with our loader (embed.js) and with NPR's
// pym.js parent (from npm, unchanged), after loading, expanding and collapsing a
// quote, switching views and the width changing.
import { expect, test, type HostPage } from './fixtures/embed-host';

const SLUG = 'long-overdue';

async function exerciseHeight(host: HostPage, placeholder: string): Promise<void> {
  const iframe = host.iframe(placeholder);
  const widget = host.framed(placeholder);
  await widget.waitUntilLive();
  await host.expectFrameFits(iframe, 'after loading');
  const collapsed = (await host.frameFit(iframe)).iframe;

  await widget.quotes.card(SLUG).expand();
  await host.expectFrameFits(iframe, 'after expanding a quote');
  expect((await host.frameFit(iframe)).iframe, 'expanding grows the iframe').toBeGreaterThan(collapsed);

  await widget.quotes.card(SLUG).collapse();
  await host.expectFrameFits(iframe, 'after collapsing it');
  expect(Math.abs((await host.frameFit(iframe)).iframe - collapsed), 'collapsing shrinks it back').toBeLessThanOrEqual(2);

  for (const view of ['tracker', 'source', 'quotes'] as const) {
    await widget.tab(view).click();
    await host.expectFrameFits(iframe, `after switching to the ${view} view`);
  }

  const size = host.page.viewportSize()!;
  await host.page.setViewportSize({ width: Math.round(size.width * 0.6), height: size.height });
  await host.expectFrameFits(iframe, 'after the window narrowed');
  host.expectNoErrors();
}

test('with embed.js, the iframe follows the widget height within 2 px', async ({ host }) => {
  await host.goto('iframe.html');
  await exerciseHeight(host, 'story');
});

test("with pym.js's own parent, the iframe follows the widget height within 2 px", async ({ host }) => {
  await host.goto('pym.html');
  await exerciseHeight(host, 'pym-story');
});

test("the widget also speaks AMP's embed-size, with the same height", async ({ host }) => {
  await host.goto('iframe.html');
  const iframe = host.iframe('story');
  const widget = host.framed('story');
  await widget.waitUntilLive();
  await widget.quotes.card(SLUG).expand();
  await host.expectFrameFits(iframe, 'after expanding a quote');
  const { content } = await host.frameFit(iframe);
  const messages = () =>
    host.page.evaluate(() => (window as unknown as { __frameMessages: unknown[] }).__frameMessages);
  // amp-iframe resizes on {sentinel: 'amp', type: 'embed-size', height}.
  await expect
    .poll(async () =>
      (await messages())
        .filter((m): m is { sentinel: string; type: string; height: number } =>
          typeof m === 'object' && m !== null && (m as { sentinel?: string }).sentinel === 'amp',
        )
        .map((m) => m.type === 'embed-size' && Math.abs(m.height - content) <= 2)
        .at(-1),
    )
    .toBe(true);
  // Our loader passes no childId, so no pym.js strings are sent to it.
  expect((await messages()).filter((m) => typeof m === 'string')).toEqual([]);
});
