// Problems where they are: each field shows its own problems beside it (errors
// and TODO warnings), is marked invalid while it has an error, and names the
// note in its description, so a screen reader reads it with the field.
import { ARTICLE, expect, test } from './fixtures/studio-page';

test('a field shows its own problem beside it until it is fixed', async ({ studio, page }) => {
  await studio.goto();
  await studio.draftFrom(ARTICLE);

  // A TODO from the draft: a warning beside the headline, not an error.
  const headline = page.getByLabel('Headline');
  const headlineNote = page.locator('#studio-headline-problems');
  await expect(headlineNote).toContainText('To do:');
  await expect(headline).not.toHaveAttribute('aria-invalid', 'true');
  await expect(headline).toHaveAttribute('aria-describedby', /studio-headline-problems/);
  await headline.fill('Geneva talks resume');
  await expect(headlineNote).toBeEmpty();

  // An error: a person's id emptied. The note says so beside the field, which is
  // marked invalid, until the id is given back.
  const id = page.locator('#studio-person-0-id');
  const original = await id.inputValue();
  await id.fill('');
  const note = page.locator('#studio-person-0-id-problems');
  await expect(note).toContainText('Error:');
  await expect(id).toHaveAttribute('aria-invalid', 'true');
  // The same words as the problem list (and `explainer check`).
  const listed = page.locator('.studio-problems__item--error').filter({ hasText: '$.people[0].id' });
  await expect(listed).toHaveCount(1);
  const said = await note.locator('.studio-field__message').first().innerText();
  expect(said).toContain('is not a slug');
  await expect(listed).toContainText(said);
  await id.fill(original);
  await expect(note).toBeEmpty();
  await expect(id).not.toHaveAttribute('aria-invalid', 'true');
});
