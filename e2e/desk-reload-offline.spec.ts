// Nothing is dropped, even across a reload: while the desk's API cannot be
// reached (every /api/ request fails, as when a proxy serves the Studio and the
// desk behind it is down), a change is typed and the page reloaded. The Studio
// says the desk cannot be reached (rather than opening alone, as on a static
// host), and once the desk answers again it reopens the explainer with the
// change this browser kept, and sends it.
import { ARTICLE } from './fixtures/studio-page';
import { DeskStudio, expect, test } from './fixtures/desk';

test('a change kept while the desk is unreachable survives a reload and is sent', async ({ desk, browser }) => {
  const ana = await desk.user('ana', 'reporter');
  const studio = await DeskStudio.open(browser, desk);
  await studio.login(ana);
  await studio.draftFrom(ARTICLE);
  await studio.edit(() => studio.headline().fill('Talks resume'));

  await studio.page.route('**/api/**', (route) => route.abort('connectionrefused'));
  await studio.headline().fill('Talks resume, kept through a reload');
  await expect(studio.status()).toHaveAttribute('data-status', 'kept');
  await studio.page.reload();
  await expect(studio.status()).toHaveAttribute('data-status', 'unreachable');

  await studio.page.unroute('**/api/**');
  await expect(studio.headline()).toHaveValue('Talks resume, kept through a reload');
  await studio.saved();
  const elsewhere = await DeskStudio.open(browser, desk);
  await elsewhere.login(ana);
  await elsewhere.openFromList('Talks resume, kept through a reload');
  await Promise.all([studio.close(), elsewhere.close()]);
});
