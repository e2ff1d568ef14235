// Playwright end-to-end tests of the built page (dist/), in the system Chromium.
// scripts/test.sh builds dist/ first (trunk build --release), then runs `npm run e2e`.
// Playwright never downloads a browser here: PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 at
// install time, and executablePath points at Chromium ($CHROMIUM or /usr/bin/chromium).
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './e2e/browser-env.mjs';

// The static server for dist/ (e2e/serve-dist.mjs) listens here.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const BASE_URL = `http://127.0.0.1:${PORT}`;

/**
 * Specs of a protocol rather than of what a reader sees or does: headers and the
 * CSP, origins, the embed messages and events, refreshes and storage, which
 * locale file is fetched, the markup served and adopted, the content checks.
 * What they check is the same at every width, so they run on the desktop
 * project only; every spec of layout, input, screenshots and accessibility
 * (axe, in every language and direction) runs on both. On two cores the phone
 * project's copy of these was a fifth of the suite's time.
 */
const WIDTH_INDEPENDENT = [
  'csp',
  'src-origin',
  'embed-messages',
  'embed-host-query',
  'embed-events',
  'embed-data-src',
  'refresh-bundled-never',
  'refresh-cross-origin',
  'refresh-failed',
  'refresh-if-modified-since',
  'refresh-inline-data-src',
  'refresh-not-modified',
  'refresh-once-a-minute',
  'refresh-on-return',
  'remember-off',
  'remember-no-storage',
  'locale-cross-origin',
  'locale-embed',
  'locale-file-fails',
  'locale-file-endless',
  'locale-from-content',
  'locale-on-demand',
  'locale-override',
  'locale-plurals',
  'locale-unknown',
  'hydration-fails',
  'hydration-locale',
  'prerendered-html',
  'wasm-trap',
  'bad-content',
  'hostile-content',
  // The desk's specs check what is kept and refused (desk-conflict and
  // desk-screenshots, which take screenshots, run at both widths).
  'desk-share',
  'desk-merge',
  'desk-restore',
  'desk-offline',
  'desk-reload-offline',
  'desk-login',
  'desk-refusals',
  'desk-audit',
  // Issue 27's journey (publish, republish, unpublish, restore through two host
  // articles): a protocol from end to end, 40 s a run. The panel's 44 px
  // targets it measures are CSS that holds at every width.
  'desk-publish',
  // What the Studio keeps in the browser's storage, and refuses to lose.
  'studio-storage-full',
  'studio-drafts-bad-entry',
  'studio-safe-start',
  // Publishing's protocol: what an open page asks while hidden, the 410 notice.
  'publish-open-page-hidden',
  'publish-embed-unpublished',
  // The returning reader's record (its marks' look: returning-reader-screenshots).
  'returning-reader',
  'returning-reader-seen',
  // The served markup adopted, or drawn afresh when it was changed on the way.
  'hydration',
  'hydration-fails-minified',
  'hydration-fails-comments',
  'hydration-fails-translated',
  'src-redirect',
].map((name) => `**/${name}.spec.ts`);

export default defineConfig({
  testDir: 'e2e',
  // The sites the CLI builds for some specs, once per run (e2e/global-setup.ts).
  globalSetup: './e2e/global-setup.ts',
  outputDir: 'e2e/test-results',
  // The list as it runs, and a JSON report that e2e/timings.mjs turns into the
  // time each spec took (scripts/test.sh prints it after the suite).
  reporter: [['list'], ['json', { outputFile: 'e2e/report/results.json' }]],
  // A test.only left in by mistake fails CI instead of skipping everything else.
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Two cores: one worker per core.
  workers: 2,
  // Room for a machine whose two cores are also busy with other work (the suite
  // must pass with a CPU hog beside it): the heaviest tests (axe and full-page
  // screenshots of the Studio's long phone layout) took 30 s there. A test that
  // hangs still fails, a minute later.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: BASE_URL,
    // A trace (DOM snapshots at every action, a screencast) is recorded only when
    // asked for, E2E_TRACE=1: recording one for every test, to keep the failed
    // ones, cost the suite a good part of its time on two cores.
    trace: process.env.E2E_TRACE ? 'on' : 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    {
      name: 'desktop',
      use: { viewport: { width: 1280, height: 800 } },
    },
    {
      name: 'phone',
      testIgnore: WIDTH_INDEPENDENT,
      use: {
        viewport: { width: 375, height: 740 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
      },
    },
  ],
  webServer: {
    command: `node e2e/serve-dist.mjs --dir dist --host 127.0.0.1 --port ${PORT}`,
    url: `${BASE_URL}/`,
    // Always our own server on dist/: a stray one on the port (another checkout's,
    // a debug build's) is an error, never tested by mistake. E2E_PORT picks another port.
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
