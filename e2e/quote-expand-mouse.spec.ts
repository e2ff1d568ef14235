// A quote card is a disclosure: clicking its toggle expands it (aria-expanded,
// the sentence in context with the quote marked, the note), clicking again
// collapses it.
import { quote } from './fixtures/content';
import { expect, test } from './fixtures/explainer-page';

for (const slug of ['long-overdue', 'next-time-in-moscow']) {
  test(`clicking the toggle of "${slug}" expands and collapses the card`, async ({ explainer }) => {
    const { text, context } = quote(slug);
    await explainer.goto();
    const card = explainer.quotes.card(slug);
    await card.expectCollapsed();

    await card.toggle().click();

    await card.expectExpanded();
    await expect(card.root()).toHaveClass(/(^|\s)is-expanded(\s|$)/);
    // The sentence around the quote, with the quote itself marked in place.
    await expect(card.contextMark()).toHaveCount(1);
    await expect(card.contextMark()).toHaveText(text);
    await expect(card.contextText()).toContainText(text);
    expect((await card.contextText().innerText()).length).toBeGreaterThan(text.length);
    await expect(card.note()).toHaveText(context);
    // Only this card opened.
    await expect(explainer.quotes.expandedToggles()).toHaveCount(1);

    await card.toggle().click();

    await card.expectCollapsed();
    await expect(card.root()).not.toHaveClass(/(^|\s)is-expanded(\s|$)/);
    explainer.expectNoErrors();
  });
}
