// Once per run, before any worker starts: the sites that specs open with other
// content than the default, built by the command-line tool as a newsroom builds
// them (`explainer build` over the release build in dist/). Built here once for
// both workers and both projects, in parallel, instead of once per test or per
// worker; their places reach the workers through the environment, and the
// fixtures that read them (built-site.ts, reports-site.ts) build their own when
// a place is missing. Removed again when the run ends.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { buildSite, PAGE_ONLY, RUSSIAN_SITE_ENV } from './fixtures/built-site';
import { RUSSIAN_EXPLAINER_FILE } from './fixtures/locales';
import { buildReportsPage, REPORTS_PAGE_ENV } from './fixtures/reports-site';

export default async function globalSetup(): Promise<() => Promise<void>> {
  const [russian, reports] = await Promise.all([buildSite(RUSSIAN_EXPLAINER_FILE, PAGE_ONLY), buildReportsPage()]);
  process.env[RUSSIAN_SITE_ENV] = russian;
  process.env[REPORTS_PAGE_ENV] = reports.file;
  return async () => {
    await rm(path.dirname(russian), { recursive: true, force: true });
    await rm(reports.folder, { recursive: true, force: true });
  };
}
