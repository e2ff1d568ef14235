// Focus kept where the hand is (issue 28): after *Make quote* focus is in the
// new quote's form, on its words, not dropped to the page.
import { ARTICLE, expect, test } from './fixtures/studio-page';

test('Make quote leaves focus in the new quote’s form', async ({ studio, page }) => {
  await studio.goto();
  await studio.draftFrom(ARTICLE);
  await studio.find('Negotiators from both delegations');
  await expect(studio.selected()).toHaveText('Negotiators from both delegations');
  await studio.makeQuote({ newSpeaker: 'Anna Weiss', context: 'Who met.' });

  await expect(studio.message()).toContainText('Made the quote');
  const focused = page.locator(':focus');
  await expect(focused).toHaveValue('Negotiators from both delegations');
  await expect(focused).toHaveAttribute('id', /^studio-quote-\d+-text$/);
});
