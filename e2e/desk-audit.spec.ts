// The first start's admin must choose a password of their own before anything
// else; then, as an admin, they read the audit log, which names who did what.
import { ARTICLE } from './fixtures/studio-page';
import { DeskStudio, expect, test } from './fixtures/desk';

test('the first admin replaces the one-time password, then reads the audit log', async ({ desk, browser }) => {
  expect(desk.firstAdminPassword).not.toBe('');
  const studio = await DeskStudio.open(browser, desk);
  await studio.page.getByLabel('Name').fill('admin');
  await studio.page.getByLabel('Password', { exact: true }).fill(desk.firstAdminPassword);
  await studio.page.getByRole('button', { name: 'Log in' }).click();
  await expect(studio.page.getByRole('heading', { name: 'Choose your own password' })).toBeVisible();
  await studio.page.getByLabel('Password you logged in with').fill(desk.firstAdminPassword);
  await studio.page.getByLabel('New password', { exact: true }).fill('the admin’s own password');
  await studio.page.getByLabel('New password again').fill('the admin’s own password');
  await studio.page.getByRole('button', { name: 'Set my password' }).click();
  await expect(studio.page.getByText('Logged in to the desk as admin')).toBeVisible();

  await studio.draftFrom(ARTICLE);
  const audit = studio.page.locator('.desk-audit');
  await audit.locator('summary').click();
  await audit.getByRole('button', { name: 'Read the audit log' }).click();
  await expect(audit.locator('.desk-audit__entries > li').first()).toContainText('admin · create');
  await studio.close();
});
