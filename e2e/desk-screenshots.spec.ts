// What the Studio served by a desk looks like, at the phone's and the
// desktop's width, light and dark: the login form, the newsroom's list and the
// revisions panel (the conflict dialog's is taken by desk-conflict.spec.ts).
// Looked at, not compared: e2e/screenshots/desk-*.png.
import { ARTICLE } from './fixtures/studio-page';
import { DeskStudio, deskScreenshot, expect, test } from './fixtures/desk';

for (const scheme of ['light', 'dark'] as const) {
  test(`the login, the list and the revisions, ${scheme}`, async ({ desk, browser }, testInfo) => {
    const ana = await desk.user('ana', 'reporter');
    const studio = await DeskStudio.open(browser, desk, scheme);
    await expect(studio.page.getByRole('heading', { name: 'Log in to the desk' })).toBeVisible();
    await deskScreenshot(studio.page, testInfo, `desk-login-${scheme}`);

    await studio.login(ana);
    await studio.draftFrom(ARTICLE);
    await studio.edit(() => studio.headline().fill('Geneva talks resume after six hours'));
    const panel = studio.page.getByRole('region', { name: 'Revisions' });
    await panel.getByRole('button', { name: 'Show revisions' }).click();
    await panel.getByRole('button', { name: 'What changed in revision 2' }).click();
    await expect(panel.locator('.desk-revisions__diff')).toBeVisible();
    await panel.scrollIntoViewIfNeeded();
    await deskScreenshot(studio.page, testInfo, `desk-revisions-${scheme}`);

    await studio.page.getByRole('button', { name: 'New explainer' }).click();
    await studio.list().getByRole('button', { name: 'Refresh' }).click();
    await expect(studio.list().locator('.desk-list__item')).toHaveCount(1);
    await studio.page.evaluate(() => window.scrollTo(0, 0));
    await deskScreenshot(studio.page, testInfo, `desk-list-${scheme}`);
    await studio.close();
  });
}
