// The order switch: "By speaker" groups the cards under speaker headings,
// "In article order" restores the article's order; aria-pressed tells which.
import { CONTENT, QUOTE_IDS } from './fixtures/content';
import { expect, test } from './fixtures/explainer-page';

const PUTIN = CONTENT.quotes.filter((q) => q.speaker === 'putin').map((q) => q.id);
const TRUMP = CONTENT.quotes.filter((q) => q.speaker === 'trump').map((q) => q.id);

test('By speaker groups the cards under speaker headings; In article order restores them', async ({ explainer }) => {
  await explainer.goto();
  const { quotes } = explainer;
  const byArticle = quotes.orderButton('article');
  const bySpeaker = quotes.orderButton('speaker');
  await expect(byArticle).toHaveAttribute('aria-pressed', 'true');
  await expect(bySpeaker).toHaveAttribute('aria-pressed', 'false');
  await expect(quotes.speakerGroups()).toHaveCount(0);
  expect(await quotes.cardOrder()).toEqual(QUOTE_IDS);

  await bySpeaker.click();

  await expect(bySpeaker).toHaveAttribute('aria-pressed', 'true');
  await expect(byArticle).toHaveAttribute('aria-pressed', 'false');
  // Speakers in order of first appearance; people without quotes get no group.
  await expect(quotes.speakerGroups()).toHaveCount(2);
  const [putin, trump] = [quotes.speakerGroups().nth(0), quotes.speakerGroups().nth(1)];
  await expect(putin.getByRole('heading', { level: 3 })).toContainText('Vladimir Putin');
  await expect(trump.getByRole('heading', { level: 3 })).toContainText('Donald Trump');
  // Each group is a region named by its heading.
  await expect(putin).toHaveAccessibleName(/^Vladimir Putin/);
  await expect(trump).toHaveAccessibleName(/^Donald Trump/);
  await expect(putin.locator('li.quote-card')).toHaveCount(6);
  await expect(trump.locator('li.quote-card')).toHaveCount(4);
  expect(await putin.locator('li.quote-card').evaluateAll((cs) => cs.map((c) => c.getAttribute('data-quote')))).toEqual(
    PUTIN,
  );
  expect(await trump.locator('li.quote-card').evaluateAll((cs) => cs.map((c) => c.getAttribute('data-quote')))).toEqual(
    TRUMP,
  );
  expect(await quotes.cardOrder()).toEqual([...PUTIN, ...TRUMP]);

  await byArticle.click();

  await expect(byArticle).toHaveAttribute('aria-pressed', 'true');
  await expect(bySpeaker).toHaveAttribute('aria-pressed', 'false');
  await expect(quotes.speakerGroups()).toHaveCount(0);
  await expect(quotes.cards()).toHaveCount(10);
  expect(await quotes.cardOrder()).toEqual(QUOTE_IDS);
  explainer.expectNoErrors();
});

test('a card expanded before regrouping stays expanded by speaker and back', async ({ explainer }) => {
  await explainer.goto();
  const { quotes } = explainer;
  const card = quotes.card('very-productive');
  await card.expand();

  await quotes.orderButton('speaker').click();
  await expect(quotes.speakerGroups()).toHaveCount(2);
  await card.expectExpanded();
  await expect(quotes.expandedToggles()).toHaveCount(1);

  await quotes.orderButton('article').click();
  await expect(quotes.speakerGroups()).toHaveCount(0);
  await card.expectExpanded();
  await expect(quotes.expandedToggles()).toHaveCount(1);
});
