// Revisions: every save to the desk is one; the panel says what changed between
// a revision and the one before, and restores an older one as a new revision.
import { ARTICLE } from './fixtures/studio-page';
import { DeskStudio, expect, test } from './fixtures/desk';

test('an older revision is restored as a new one', async ({ desk, browser }) => {
  const ana = await desk.user('ana', 'reporter');
  const studio = await DeskStudio.open(browser, desk);
  await studio.login(ana);
  await studio.draftFrom(ARTICLE);
  await studio.edit(() => studio.headline().fill('Talks resume'));
  await studio.edit(() => studio.headline().fill('Talks collapse'));
  await studio.saved(3);

  const panel = studio.page.getByRole('region', { name: 'Revisions' });
  await panel.getByRole('button', { name: 'Show revisions' }).click();
  await expect(panel.locator('.desk-revisions__item')).toHaveCount(3);
  await expect(panel.locator('.desk-revisions__item').first()).toContainText('Revision 3, by ana');
  await panel.getByRole('button', { name: 'What changed in revision 3' }).click();
  await expect(panel.locator('.desk-revisions__diff')).toContainText('From revision 2 to 3');
  await expect(panel.locator('.desk-revisions__diff')).toContainText('The headline, standfirst or other facts');

  await panel.getByRole('button', { name: 'Restore revision 2' }).click();
  await expect(studio.page.locator('.desk-notice')).toHaveText('Restored revision 2 as revision 4.');
  await expect(studio.headline()).toHaveValue('Talks resume');
  await expect(panel.locator('.desk-revisions__item').first()).toContainText('Revision 4, by ana');
  await expect(panel.locator('.desk-revisions__item').first()).toContainText('(restored revision 2)');
  await studio.close();
});
