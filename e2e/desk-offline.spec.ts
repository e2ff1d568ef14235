// Nothing is dropped: the desk is killed (SIGKILL) while a reporter types; the
// Studio keeps the change in the browser and says so, sends it once the desk is
// back on the same port and data, and another machine (a fresh browser context)
// then opens the explainer with every change.
import { ARTICLE } from './fixtures/studio-page';
import { DeskStudio, expect, test } from './fixtures/desk';

test('a change typed while the desk is down is kept and sent when it is back', async ({ desk, browser }) => {
  const ana = await desk.user('ana', 'reporter');
  const studio = await DeskStudio.open(browser, desk);
  await studio.login(ana);
  await studio.draftFrom(ARTICLE);
  await studio.edit(() => studio.headline().fill('Talks resume'));

  await studio.headline().pressSequentially(' in Gen');
  await desk.kill('SIGKILL');
  await studio.headline().pressSequentially('eva');
  await expect(studio.status()).toHaveAttribute('data-status', 'kept');
  await expect(studio.status()).toContainText(
    'Not saved to the desk: kept in this browser; will send when the desk is back',
  );

  await desk.run();
  await studio.saved();
  await expect(studio.status()).toHaveText(/Saved to the desk \(revision [34]\)\./);

  const elsewhere = await DeskStudio.open(browser, desk);
  await elsewhere.login(ana);
  await elsewhere.openFromList('Talks resume in Geneva');
  await expect(elsewhere.headline()).toHaveValue('Talks resume in Geneva');
  await Promise.all([studio.close(), elsewhere.close()]);
});
