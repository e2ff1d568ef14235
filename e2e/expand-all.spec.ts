// "Expand all" opens every quote card and "Collapse all" closes them, each
// announced in the widget's polite live region.
import { QUOTE_IDS } from './fixtures/content';
import { expect, test } from './fixtures/explainer-page';

test('Expand all and Collapse all work on every card and are announced', async ({ explainer }) => {
  await explainer.goto();
  const { quotes } = explainer;
  await expect(quotes.cards()).toHaveCount(10);
  await expect(quotes.expandedToggles()).toHaveCount(0);
  await expect(explainer.announcer()).toHaveAttribute('aria-live', 'polite');
  await expect(explainer.announcer()).toHaveAttribute('role', 'status');

  await quotes.expandAllButton().click();

  await expect(quotes.expandedToggles()).toHaveCount(10);
  for (const slug of QUOTE_IDS) await quotes.card(slug).expectExpanded();
  await expect(explainer.announcer()).toHaveText('10 quotes expanded.');

  await quotes.collapseAllButton().click();

  await expect(quotes.expandedToggles()).toHaveCount(0);
  for (const slug of QUOTE_IDS) await quotes.card(slug).expectCollapsed();
  await expect(explainer.announcer()).toHaveText('All quotes collapsed.');

  explainer.expectNoErrors();
});

test('Expand all also opens the cards that were still closed when one was already open', async ({ explainer }) => {
  await explainer.goto();
  const { quotes } = explainer;
  await quotes.card(QUOTE_IDS[3]).expand();

  await quotes.expandAllButton().click();

  await expect(quotes.expandedToggles()).toHaveCount(10);
  await expect(explainer.announcer()).toHaveText('10 quotes expanded.');
});
