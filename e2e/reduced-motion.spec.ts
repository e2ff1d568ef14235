// prefers-reduced-motion turns off the flash on a followed link's target and
// smooth scrolling to it (README "Theming"): read from the computed animation the
// moment the flash class arrives, and from the behavior of every scrollIntoView
// the widget asks for.
import { expect, test } from './fixtures/explainer-page';

for (const motion of ['reduce', 'no-preference'] as const) {
  test(`prefers-reduced-motion: ${motion}: the flash and the scroll to a followed link`, async ({
    explainer,
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: motion });
    // Every scrollIntoView the widget asks for, with its behavior.
    await page.addInitScript(() => {
      const calls: string[] = ((window as unknown as { __scrolls: string[] }).__scrolls = []);
      const original = Element.prototype.scrollIntoView;
      Element.prototype.scrollIntoView = function (this: Element, options?: boolean | ScrollIntoViewOptions) {
        calls.push(typeof options === 'object' ? (options.behavior ?? 'auto') : 'auto');
        return original.call(this, options);
      };
    });
    await explainer.goto();
    const card = explainer.quotes.card('next-time-in-moscow');
    await card.expand();
    await card.showInArticleButton().click();
    const mark = 'source-next-time-in-moscow';
    await expect
      .poll(async () => (await explainer.flashes()).filter((flash) => flash.id === mark), { timeout: 5_000 })
      .toEqual([{ id: mark, animation: motion === 'reduce' ? 'none' : 'explainer-flash' }]);
    expect(await page.evaluate(() => (window as unknown as { __scrolls: string[] }).__scrolls)).toEqual([
      motion === 'reduce' ? 'instant' : 'smooth',
    ]);
    explainer.expectNoErrors();
  });
}
