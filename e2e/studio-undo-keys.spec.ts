// Ctrl+Z and Cmd+Z (and with Shift, redo) outside a text field undo exactly one
// Studio step (README "Making an explainer: the Studio"), never the browser's
// own undo of text typed earlier in a field: the keys are the Studio's there.
import { ARTICLE, DRAFTED_QUOTES, expect, test } from './fixtures/studio-page';

for (const modifier of ['Control', 'Meta'] as const) {
  test(`${modifier}+Z outside a field undoes one Studio step and no typed text; Shift+${modifier}+Z redoes it`, async ({
    studio,
    page,
  }) => {
    await studio.goto();
    await studio.draftFrom(ARTICLE);
    // Typed key by key, so the browser's own undo history holds this typing.
    const standfirst = page.getByLabel('Standfirst');
    await standfirst.fill('');
    await standfirst.pressSequentially('Talks resume in Geneva');
    await studio.find('met for six hours');
    await studio.makeQuote({ context: 'How long it ran.' });
    const quotes = page.locator('.studio-quote');
    await expect(quotes).toHaveCount(DRAFTED_QUOTES + 1);

    // Focus on a button of the Studio's bar: outside any text field.
    const undo = page.getByRole('button', { name: 'Undo' });
    await undo.focus();
    await page.keyboard.press(`${modifier}+z`);
    await expect(quotes, 'the quote made last is taken back').toHaveCount(DRAFTED_QUOTES);
    await expect(studio.message()).toContainText('Undone');
    await expect(standfirst, 'the typed text is left alone').toHaveValue('Talks resume in Geneva');

    await undo.focus();
    await page.keyboard.press(`Shift+${modifier}+z`);
    await expect(quotes, 'and made again').toHaveCount(DRAFTED_QUOTES + 1);
    await expect(standfirst).toHaveValue('Talks resume in Geneva');
  });
}
