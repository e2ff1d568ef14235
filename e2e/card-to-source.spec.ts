// From a card to the article: "Show in article" on an expanded card opens the
// Article text view at the quote's highlight, scrolled into view, focused and
// flashed, with #source-<slug> in the URL.
import { expect, test } from './fixtures/explainer-page';

for (const slug of ['long-overdue', 'next-time-in-moscow']) {
  test(`"Show in article" on "${slug}" scrolls to its highlight, focuses and flashes it`, async ({
    explainer,
    page,
  }) => {
    await explainer.goto();
    const card = explainer.quotes.card(slug);
    await card.expand();

    await card.showInArticleButton().click();

    await expect(page).toHaveURL(new RegExp(`#source-${slug}$`));
    await explainer.expectView('source');
    const mark = page.locator(`mark#source-${slug}`);
    await expect(mark).toHaveAttribute('data-quote', slug);
    await expect(mark, `focus is on ${await explainer.describeActiveElement()}`).toBeFocused();
    await expect(mark).toBeInViewport();
    await explainer.expectFlashed(mark);
    explainer.expectNoErrors();
  });
}
