// The desk shares the newsroom's work: a reporter pastes an article (which makes
// an explainer on the desk) and makes a quote; an editor, in another browser,
// finds it in the list and opens it with the quote there.
import { ARTICLE, DRAFTED_QUOTES } from './fixtures/studio-page';
import { DeskStudio, expect, test } from './fixtures/desk';

test('an editor opens the explainer a reporter made, with its quote', async ({ desk, browser }) => {
  const [ana, eve] = [await desk.user('ana', 'reporter'), await desk.user('eve', 'editor')];
  const reporter = await DeskStudio.open(browser, desk);
  await reporter.login(ana);
  await reporter.draftFrom(ARTICLE);
  await reporter.edit(() => reporter.headline().fill('Geneva talks resume'));
  await reporter.edit(async () => {
    await reporter.page.getByLabel('Find in article').fill('met for six hours');
    await reporter.page.getByLabel('Context: why it matters').fill('How long it ran.');
    await reporter.page.getByRole('button', { name: 'Make quote' }).click();
    await expect(reporter.page.locator('.studio-quote')).toHaveCount(DRAFTED_QUOTES + 1);
  });

  const editor = await DeskStudio.open(browser, desk);
  await editor.login(eve);
  const row = editor.list().locator('.desk-list__item', { hasText: 'Geneva talks resume' });
  await expect(row).toContainText('changed by ana');
  await editor.openFromList('Geneva talks resume');
  await expect(editor.page.locator('.studio-quote')).toHaveCount(DRAFTED_QUOTES + 1);
  await expect(
    editor.page.locator('.studio-quote[data-quote="met-for-six-hours"]').getByLabel('Context'),
  ).toHaveValue('How long it ran.');
  await Promise.all([reporter.close(), editor.close()]);
});
