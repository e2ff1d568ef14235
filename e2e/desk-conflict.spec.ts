// No lost updates: two people change the same field of one explainer; the
// second save is refused, and the Studio offers the choice (no merge, since both
// changed the headline): keeping mine as a copy loses neither headline.
import { ARTICLE } from './fixtures/studio-page';
import { deskScreenshot, expect, test, twoOnOneExplainer } from './fixtures/desk';

test('the second of two saves to one field is offered a copy, and nothing is lost', async ({ desk, browser }, testInfo) => {
  const { reporter, editor } = await twoOnOneExplainer(desk, browser, ARTICLE, 'Talks resume');

  await reporter.edit(() => reporter.headline().fill('Talks resume in Geneva'));
  await editor.headline().fill('Geneva talks go on');
  const dialog = editor.page.getByRole('alertdialog', { name: 'Someone else saved this explainer first' });
  await expect(dialog).toContainText('ana saved revision');
  await expect(dialog).toContainText('You both changed the headline');
  await expect(dialog.getByRole('button', { name: 'Merge' })).toHaveCount(0);
  await deskScreenshot(editor.page, testInfo, 'desk-conflict');
  await dialog.getByRole('button', { name: 'Keep mine as a copy' }).click();
  await expect(dialog).toHaveCount(0);
  await editor.saved(1);
  await expect(editor.headline()).toHaveValue('Geneva talks go on');

  await editor.list().getByRole('button', { name: 'Refresh' }).click();
  await expect(editor.list().locator('.desk-list__headline')).toHaveText(
    ['Geneva talks go on', 'Talks resume in Geneva'],
    { useInnerText: true },
  );
  await Promise.all([reporter.close(), editor.close()]);
});
