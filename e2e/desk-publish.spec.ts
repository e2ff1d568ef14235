// Publish without a terminal, the whole way (README "Publishing", issue 27's
// "Done when"): an editor publishes an explainer from the Studio on a desk;
// a newsroom article carrying the copied iframe code and one carrying the
// inline code show it; a reporter edits and the editor republishes; the
// article that stayed open through the republish offers the new version and,
// once asked, shows the returning reader what changed, and the other shows it
// on the reader's next visit; Unpublish gives the notice in both embeds; a
// restored version comes back in both. The articles are on the test's own
// origin, the desk on another (the inline embed reads the desk's files across
// origins, as a CMS's article reads a newsroom's CDN). The readers' clock is
// the test's: a minute passes when it says so.
import path from 'node:path';
import { CONTENT } from './fixtures/content';
import { DeskStudio, deskScreenshot, expect, test } from './fixtures/desk';
import { makeQuoteOf, NO_LONGER_PUBLISHED, PublishPanel, ReaderArticle } from './fixtures/desk-publishing';
import { SinceVisit } from './fixtures/returning-reader';

const EXPLAINER_FILE = path.join(__dirname, '..', 'content', 'anchorage-summit.json');
/** Words of the article no quote holds: the reporter makes one of them. */
const NEW_WORDS = 'urged a shift from confrontation to dialogue';
/** A quote every version has. */
const KEPT_QUOTE = 'long-overdue';
const HEADLINE = CONTENT.article.headline;

test('an editor publishes from the Studio; both embed codes follow the republish, unpublish and restore', async ({
  desk,
  browser,
  page,
  context,
}, testInfo) => {
  // Four publishes (each builds the site) and four browser contexts, on two shared cores.
  test.setTimeout(300_000);
  const eve = await desk.user('eve', 'editor');
  const editor = await DeskStudio.open(browser, desk);
  await editor.login(eve);
  await editor.edit(async () => {
    await editor.page.getByLabel('Open an explainer file (.json)').setInputFiles(EXPLAINER_FILE);
    await expect(editor.headline()).toHaveValue(HEADLINE);
  });
  const panel = new PublishPanel(editor);

  const codes = await test.step('the editor publishes and gets the embed codes', async () => {
    await expect(panel.state()).toHaveText(/^Draft, never published/);
    await panel.publish(1);
    await expect(panel.root.locator('.studio-publish__code', { hasText: 'oEmbed URL' })).toContainText('/oembed?url=');
    const codes = await panel.codes();
    expect(codes.iframe).toContain(`${desk.url}/e/`);
    expect(codes.inline).toContain('data-news-explainer="inline"');
    return codes;
  });

  // One reader, two articles of the newsroom: each with one of the codes.
  await context.clock.install();
  const framed = await ReaderArticle.open(page, 'iframe', codes.iframe);
  const inline = await ReaderArticle.open(await context.newPage(), 'inline', codes.inline);
  await test.step('both articles show the published explainer', async () => {
    for (const article of [framed, inline]) {
      await expect(article.widget().headline()).toHaveText(HEADLINE);
      await expect(article.quote(KEPT_QUOTE)).toHaveCount(1);
    }
  });

  const newQuote = await test.step('a reporter adds a quote; the editor republishes it', async () => {
    const reporter = await DeskStudio.open(browser, desk);
    await reporter.login(await desk.user('ana', 'reporter'));
    await reporter.openFromList(HEADLINE);
    const made = await makeQuoteOf(reporter, NEW_WORDS, 'putin', 'What Putin asked of both sides.');
    await reporter.close();

    // The editor's Studio has the explainer open since before: a reload
    // reopens it from the desk, at the reporter's revision.
    await editor.page.reload();
    await expect(editor.page.locator(`.studio-quote[data-quote="${made}"]`)).toHaveCount(1);
    await editor.saved();
    await expect(panel.state()).toHaveAttribute('data-state', 'published-with-changes');
    await expect(panel.state()).toHaveText(/^Published, with changes not yet published: version 1, by eve/);
    await panel.publish(2);
    return made;
  });

  await test.step('the Republish and Unpublish buttons are 44 px targets', async () => {
    await panel.root.locator('.desk-publish__actions').scrollIntoViewIfNeeded();
    await deskScreenshot(editor.page, testInfo, 'desk-publish-panel');
    const dark = await DeskStudio.open(browser, desk, 'dark');
    await dark.login(eve);
    await dark.openFromList(HEADLINE);
    await new PublishPanel(dark).root.locator('.desk-publish__actions').scrollIntoViewIfNeeded();
    await deskScreenshot(dark.page, testInfo, 'desk-publish-panel-dark');
    await dark.close();
    await expect(panel.buttons()).not.toHaveCount(0);
    for (const button of await panel.buttons().all()) {
      const box = await button.boundingBox();
      const name = await button.textContent();
      expect(box?.height, `${name}'s height`).toBeGreaterThanOrEqual(44);
      expect(box?.width, `${name}'s width`).toBeGreaterThanOrEqual(44);
    }
  });

  await test.step('the article open through the republish offers the new version, then marks what is new', async () => {
    // Within a minute of the republish, and nothing changes under the reader until asked.
    await expect(framed.quote(newQuote)).toHaveCount(0);
    await page.clock.fastForward('01:01');
    await expect(framed.newVersionOffer()).toBeVisible();
    await expect(framed.quote(newQuote)).toHaveCount(0);
    await framed.newVersionOffer().click();
    await framed.widget().waitUntilLive();
    await expect(framed.quote(newQuote)).toHaveCount(1);
    const since = new SinceVisit(framed.scope());
    await expect(since.line()).toBeVisible();
    expect(await since.markedQuotes()).toEqual([newQuote]);
  });

  await test.step('the inline article shows the new version on the next visit, with what is new marked', async () => {
    await inline.reload();
    await expect(inline.quote(newQuote)).toHaveCount(1);
    const since = new SinceVisit(inline.scope());
    await expect(since.line()).toBeVisible();
    expect(await since.markedQuotes()).toEqual([newQuote]);
  });

  await test.step('after Unpublish both articles say so, with no frame and no widget', async () => {
    await panel.unpublish();
    for (const article of [framed, inline]) {
      await article.page.reload();
      await expect(article.placeholder()).toContainText(NO_LONGER_PUBLISHED);
      await expect(article.placeholder().locator('iframe')).toHaveCount(0);
      await expect(article.placeholder().locator('.explainer')).toHaveCount(0);
    }
  });

  await test.step('a restored version comes back in both articles', async () => {
    await panel.restore(1, 3);
    await expect(panel.state()).toHaveAttribute('data-state', 'published-with-changes');
    for (const article of [framed, inline]) {
      await article.reload();
      await expect(article.widget().headline()).toHaveText(HEADLINE);
      await expect(article.quote(KEPT_QUOTE)).toHaveCount(1);
      await expect(article.quote(newQuote), 'version 1 had no such quote').toHaveCount(0);
    }
  });
  await editor.close();
});
