// No view scrolls sideways, at the narrowest phone width (320 px) or on a desktop
// (1280 px): documentElement.scrollWidth <= clientWidth in the Quotes view (by
// article and by speaker, every card expanded), the Deal tracker (every history
// open), the Article text, with the notice and with the copy-by-hand field.
import { DEAL_IDS } from './fixtures/content';
import { expect, test } from './fixtures/explainer-page';

for (const width of [320, 1280]) {
  test(`nothing scrolls sideways at ${width} px`, async ({ explainer, page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { get: () => undefined }));
    await explainer.goto('nonsense');
    await expect(explainer.notice()).toBeVisible();
    await explainer.expectNoHorizontalScroll(`${width} px, Quotes with the notice`);

    await explainer.quotes.expandAllButton().click();
    await expect(explainer.quotes.expandedToggles()).toHaveCount(10);
    const card = explainer.quotes.card('lowest-point-since-cold-war');
    await card.copyLinkButton().click();
    await expect(card.fallbackInput()).toBeVisible();
    await explainer.expectNoHorizontalScroll(`${width} px, Quotes, every card expanded, a copy-by-hand field`);

    await explainer.quotes.orderButton('speaker').click();
    await expect(explainer.quotes.speakerGroups()).toHaveCount(2);
    await explainer.expectNoHorizontalScroll(`${width} px, Quotes by speaker`);

    await explainer.showView('tracker');
    for (const id of DEAL_IDS) await explainer.tracker.item(id).openHistory();
    await explainer.expectNoHorizontalScroll(`${width} px, Deal tracker, every history open`);

    await explainer.showView('source');
    await explainer.expectNoHorizontalScroll(`${width} px, Article text`);
  });
}
