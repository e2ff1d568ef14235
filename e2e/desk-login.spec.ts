// Logging in to the desk: a wrong password is refused with a message that says
// so, and the right one opens the Studio with the newsroom's list.
import { DeskStudio, expect, test } from './fixtures/desk';

test('a wrong password is refused, saying so, and the right one logs in', async ({ desk, browser }) => {
  const ana = await desk.user('ana', 'reporter');
  const studio = await DeskStudio.open(browser, desk);
  await expect(studio.page.getByRole('heading', { name: 'Log in to the desk' })).toBeVisible();
  await studio.page.getByLabel('Name').fill('ana');
  await studio.page.getByLabel('Password', { exact: true }).fill('not her password');
  await studio.page.getByRole('button', { name: 'Log in' }).click();
  await expect(studio.page.getByRole('alert')).toHaveText('Wrong name or password. Check both and try again.');
  await studio.login(ana);
  await expect(studio.list()).toContainText('No explainers on the desk yet');
  await studio.close();
});
