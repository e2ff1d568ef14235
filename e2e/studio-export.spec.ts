// Export: the draft downloads as pretty JSON with `$schema`, and the command-line
// tool's `explainer check` accepts the file unchanged.
import { readFile } from 'node:fs/promises';
import { explainer } from './fixtures/explainer-cli';
import { ARTICLE, expect, test } from './fixtures/studio-page';

test('the exported file passes explainer check', async ({ studio }) => {
  // The first `cargo run` may compile the CLI.
  test.setTimeout(300_000);
  await studio.goto();
  await studio.draftFrom(ARTICLE);
  const page = studio.page;
  // Every TODO of the draft filled in the forms, so the file is ready to publish.
  await page.getByLabel('Headline').fill('Geneva talks resume');
  await page.getByLabel('Standfirst').fill('Both sides held their lines on the grain corridor.');
  for (const role of await page.locator('.studio-person').getByLabel('Role').all()) {
    await role.fill('Negotiator');
  }
  for (const context of await page.locator('.studio-quote').getByLabel('Context').all()) {
    await context.fill('Where the talks stand.');
  }
  await expect(studio.problemCount()).toHaveText('No problems: ready to export.');

  const file = await studio.export();
  const json = await readFile(file, 'utf8');
  expect(json.startsWith('{\n  "$schema": "./explainer.schema.json",\n')).toBe(true);
  expect(JSON.parse(json).article.headline).toBe('Geneva talks resume');

  const { stdout, stderr } = await explainer(['check', '--deny-warnings', file]);
  // Exit 0 (execFile rejects otherwise), warnings denied.
  expect(`${stdout}${stderr}`).toContain('is a valid explainer (4 quotes, 2 people, 0 tracker items)');
});
