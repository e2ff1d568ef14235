// Inline (direct mount): two instances with their own content sit in Shadow DOM,
// so a hostile host stylesheet (resets, element selectors, !important, a class
// named like ours) changes nothing in them, and their CSS never reaches the host.
// Compared as screenshots against the same page without the hostile CSS.
import { expect, test, type HostPage } from './fixtures/embed-host';

/** Fraction of pixels that differ between two PNG screenshots of the same size. */
async function pixelDifference(host: HostPage, a: Buffer, b: Buffer): Promise<number> {
  return host.page.evaluate(
    async ([first, second]) => {
      const decode = async (base64: string) => {
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const [x, y] = [await decode(first), await decode(second)];
      if (x.width !== y.width || x.height !== y.height) return 1;
      let differing = 0;
      for (let i = 0; i < x.data.length; i += 4) {
        const delta = Math.max(
          Math.abs(x.data[i] - y.data[i]),
          Math.abs(x.data[i + 1] - y.data[i + 1]),
          Math.abs(x.data[i + 2] - y.data[i + 2]),
        );
        if (delta > 16) differing++;
      }
      return differing / (x.width * x.height);
    },
    [a.toString('base64'), b.toString('base64')],
  );
}

async function shoot(host: HostPage, page: string): Promise<{ first: Buffer; second: Buffer; hostButton: string }> {
  await host.goto(page);
  const first = host.inline('first');
  const second = host.inline('second');
  await first.waitUntilLive();
  await second.waitUntilLive();
  await expect(second.headline()).toContainText('Riverton');
  await host.page.evaluate(() => document.fonts.ready.then(() => undefined));
  const hostButton = await host.page
    .locator('#host-button')
    .evaluate((button) => {
      const style = getComputedStyle(button);
      return `${style.fontFamily}|${style.backgroundColor}|${style.padding}|${style.borderRadius}`;
    });
  return {
    first: await host.page.locator('#first').screenshot({ animations: 'disabled' }),
    second: await host.page.locator('#second').screenshot({ animations: 'disabled' }),
    hostButton,
  };
}

test('two inline instances look the same under a hostile host stylesheet', async ({ host }) => {
  const clean = await shoot(host, 'inline.html');
  const hostile = await shoot(host, 'inline.html?hostile');
  // Identical sizes, and under 0.5% of pixels apart (text antialiasing at a
  // different subpixel offset); a changed font, colour or border moves far more.
  expect(await pixelDifference(host, clean.first, hostile.first), 'first instance').toBeLessThan(0.005);
  expect(await pixelDifference(host, clean.second, hostile.second), 'second instance').toBeLessThan(0.005);
  // The comparison can fail: the hostile page really is different around them.
  expect(hostile.hostButton).not.toBe(clean.hostButton);
  host.expectNoErrors();
});

test("the widget's CSS never reaches the host page", async ({ host, page }) => {
  const hostStyles = () =>
    page.evaluate(() =>
      ['#host-button', 'h1', 'body', '#comments', '.filler p'].map((selector) => {
        const style = getComputedStyle(document.querySelector(selector)!);
        // What a leaking rule would change; sizes are left out, since the page
        // around the widgets is longer once they are in it.
        const properties = ['font-family', 'font-size', 'font-weight', 'line-height', 'color', 'background-color',
          'margin', 'padding', 'border', 'display', 'letter-spacing', 'text-transform', 'box-sizing', 'color-scheme'];
        return properties.map((property) => `${property}:${style.getPropertyValue(property)}`).join(';');
      }),
    );
  // The host page without the widget: embed.js blocked.
  await page.route('**/embed.js', (route) => route.abort());
  await page.goto('/e2e-pages/inline.html');
  const without = await hostStyles();
  await page.unroute('**/embed.js');

  await page.goto('/e2e-pages/inline.html');
  await host.inline('first').waitUntilLive();
  await host.inline('second').waitUntilLive();
  expect(await hostStyles()).toEqual(without);
  // The stylesheet lives in each shadow root, not in the document.
  expect(await page.evaluate(() => [...document.styleSheets].map((sheet) => sheet.href))).toEqual([
    new URL('/e2e-pages/host.css', page.url()).href,
  ]);
});
