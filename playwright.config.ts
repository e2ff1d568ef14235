// Playwright end-to-end tests of the built page (dist/), in the system Chromium.
// scripts/test.sh builds dist/ first (trunk build --release), then runs `npm run e2e`.
// Playwright never downloads a browser here: PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 at
// install time, and executablePath points at Chromium ($CHROMIUM or /usr/bin/chromium).
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './e2e/browser-env.mjs';

// The static server for dist/ (e2e/serve-dist.mjs) listens here.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const BASE_URL = `http://127.0.0.1:${PORT}`;

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
  timeout: 30_000,
  expect: { timeout: 10_000 },
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
