// From the article to a card: a quote's highlight in the Article text view links
// to its card; following it opens the Quotes view with that card expanded,
// focused and flashed, and puts #quote-<slug> in the URL.
import { expect, test } from './fixtures/explainer-page';

test('the link in a quote highlight opens its card, expanded and focused', async ({ explainer, page }) => {
  await explainer.goto();
  await explainer.showView('source');
  const link = explainer.source.quoteMarkLink('long-overdue');
  await expect(link).toHaveAttribute('href', '#quote-long-overdue');
  await expect(link).toHaveText('long overdue');

  await link.click();

  await expect(page).toHaveURL(/#quote-long-overdue$/);
  await explainer.expectView('quotes');
  const card = explainer.quotes.card('long-overdue');
  await card.expectExpanded();
  await expect(card.root(), `focus is on ${await explainer.describeActiveElement()}`).toBeFocused();
  await expect(card.root()).toBeInViewport();
  await explainer.expectFlashed(card.root());
  explainer.expectNoErrors();
});

test('following the same highlight again, after switching views by tab, opens the card again', async ({
  explainer,
  page,
}) => {
  // The URL already says #quote-long-overdue, so the browser fires no hashchange.
  await explainer.goto('quote-long-overdue');
  const card = explainer.quotes.card('long-overdue');
  await card.expectExpanded();
  await card.collapse();
  await explainer.showView('source');

  await explainer.source.quoteMarkLink('long-overdue').click();

  await expect(page).toHaveURL(/#quote-long-overdue$/);
  await explainer.expectView('quotes');
  await card.expectExpanded();
  await expect(card.root()).toBeFocused();
  explainer.expectNoErrors();
});
