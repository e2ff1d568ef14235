// No lost updates, merged: two people change different fields of one explainer
// (the headline, and the standfirst); the second save is refused, and Merge
// keeps both changes in one new revision.
import { ARTICLE } from './fixtures/studio-page';
import { DeskStudio, expect, test, twoOnOneExplainer } from './fixtures/desk';

test('changes to different fields merge into one revision', async ({ desk, browser }) => {
  const { ana, reporter, editor } = await twoOnOneExplainer(desk, browser, ARTICLE, 'Talks resume');

  await reporter.edit(() => reporter.headline().fill('Talks resume in Geneva'));
  await editor.page.getByLabel('Standfirst', { exact: true }).fill('Six hours, and a corridor kept.');
  const dialog = editor.page.getByRole('alertdialog', { name: 'Someone else saved this explainer first' });
  await expect(dialog).toContainText('touch different fields');
  await dialog.getByRole('button', { name: 'Merge' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(editor.headline()).toHaveValue('Talks resume in Geneva');
  await expect(editor.page.getByLabel('Standfirst', { exact: true })).toHaveValue('Six hours, and a corridor kept.');
  await editor.saved();

  const again = await DeskStudio.open(browser, desk);
  await again.login(ana);
  await again.openFromList('Talks resume in Geneva');
  await expect(again.page.getByLabel('Standfirst', { exact: true })).toHaveValue('Six hours, and a corridor kept.');
  await Promise.all([reporter.close(), editor.close(), again.close()]);
});
