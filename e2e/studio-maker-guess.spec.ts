// Speaker guesses where the words are (issue 28): the quote maker proposes the
// speaker the draft logic guesses for the selected sentence, not the first
// person on the list, and says it is a guess until the journalist chooses.
import { expect, test } from './fixtures/studio-page';

/** This spec's own story: the first person quoted is not the one the second sentence names. */
const STORY = [
  'Lisbon — Fishing ministers ended two days of talks on Thursday.',
  'Minister Ana Costa said: “The quotas stay where they are.”',
  'Commissioner Piet de Vries said the fleet could not wait another season and left before the vote.',
].join('\n');

test('the maker proposes the speaker the sentence names, as a guess', async ({ studio, page }) => {
  await studio.goto();
  await studio.draftFrom(STORY);
  const speaker = page.locator('#studio-maker-speaker');

  await studio.find('could not wait another season');
  await expect(studio.selected()).toHaveText('could not wait another season');
  // Not in People yet: a new person, with the name the article gives.
  await expect(speaker.locator('option:checked')).toHaveText('A new person…');
  await expect(page.getByLabel('New speaker’s full name')).toHaveValue('Piet de Vries');
  await expect(page.locator('.studio-maker__guess')).toHaveText(
    'A guess from the sentence: Piet de Vries, a new person. Check it, or choose who said it.',
  );

  // Choosing confirms: the note goes.
  await speaker.selectOption({ label: 'A new person…' });
  await expect(page.locator('.studio-maker__guess')).toHaveCount(0);
  await studio.makeQuote({ context: 'The commissioner’s deadline.' });
  await expect(studio.message()).toContainText('Made the quote');

  // The next selection in his sentence proposes him, now a person of the draft.
  await studio.find('left before the vote');
  await expect(speaker.locator('option:checked')).toHaveText(/^Piet de Vries/);
  await expect(page.locator('.studio-maker__guess')).toContainText('A guess from the sentence: Piet de Vries.');
});
