// Publishing: once the journalist says where the explainer will be published,
// the Studio shows the exact `explainer build` command and the embed codes for
// that address, each with a Copy button (and the preview's Embed panel shows the
// same codes). The command is run here as shown (with
// the repository's CLI), and builds the site with that address in it.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from './fixtures/studio-page';

const run = promisify(execFile);
const SITE = 'https://news.example/explainers/anchorage/';

test('the build command and embed codes for the address, copied and run', async ({ studio, page, context }) => {
  // The first `cargo run` may compile the CLI.
  test.setTimeout(300_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await studio.goto();
  await page.getByRole('button', { name: 'Open the default explainer' }).click();
  const publish = page.getByRole('region', { name: 'Publish' });
  const address = publish.getByLabel('Where it will be published');
  // Without an address the preview's Embed panel is hidden: its codes would name
  // the Studio's own folder.
  const previewCodes = studio.preview().locator('.embed-panel');
  await expect(previewCodes).toBeHidden();

  await address.fill('javascript:alert(1)');
  await expect(publish).toContainText('“javascript:alert(1)” is not an address a site can be published at');
  await expect(publish.locator('#studio-build-command')).toHaveCount(0);

  await address.fill(SITE.replace(/\/$/, ''));
  const command = publish.locator('#studio-build-command');
  // The exported file's name (from the headline), and the address with its final slash.
  await expect(command).toHaveText(
    /^explainer build [a-z0-9-]+\.json --out site\/ --site-url https:\/\/news\.example\/explainers\/anchorage\/$/,
  );
  await expect(publish.locator('#studio-embed-iframe')).toContainText(
    `<script src="${SITE}embed.js" async></script>`,
  );
  await expect(publish.locator('#studio-embed-inline')).toContainText('data-news-explainer="inline"');
  // The preview's Embed panel shows the same codes, for the same address.
  await expect(previewCodes).toBeAttached();
  await expect(previewCodes.locator('textarea').first()).toHaveValue(
    await publish.locator('#studio-embed-iframe').innerText(),
  );

  await publish.getByRole('button', { name: 'Copy the iframe embed code' }).click();
  await expect(publish.locator('.studio-publish__said')).toHaveText('Copied: iframe embed code.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await publish.locator('#studio-embed-iframe').innerText());

  // The address is kept with the draft.
  await page.reload();
  await expect(page.getByRole('region', { name: 'Publish' }).getByLabel('Where it will be published')).toHaveValue(
    SITE.replace(/\/$/, ''),
  );

  // The command, run as shown in the folder the file was exported to.
  const fileName = (await command.innerText()).split(' ')[2];
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the file' }).click(),
  ]);
  const folder = test.info().outputPath();
  expect(download.suggestedFilename()).toBe(fileName);
  await download.saveAs(path.join(folder, fileName));
  const [program, ...args] = (await command.innerText()).split(' ');
  expect(program).toBe('explainer');
  // The command and the file are the same at every width: one project runs it
  // (a whole site build, cards and compressed copies, on two shared cores).
  if (test.info().project.name !== 'desktop') return;
  await run(
    'cargo',
    ['run', '--quiet', '--offline', '--manifest-path', path.resolve('Cargo.toml'), '-p', 'explainer-cli', '--', ...args],
    { cwd: folder, timeout: 280_000 },
  );
  const index = await readFile(path.join(folder, 'site', 'index.html'), 'utf8');
  expect(index).toContain(`<link rel="canonical" href="${SITE}"`);
});
