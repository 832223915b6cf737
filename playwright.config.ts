import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, resolveChromium } from './scripts/resolve-chromium';
import { ensureCjkFont } from './scripts/resolve-cjk-font';
import { machineProbe } from './scripts/machine-probe';

// E2E_PORT lets a second run (another checkout, a benchmark) serve beside this one.
const PORT = Number(process.env.E2E_PORT ?? 4329);
const executablePath = resolveChromium(machineProbe);
// Readers' phones draw Chinese; the browser under test must too, or every quote is empty boxes (tests/e2e/glyphs.spec.ts).
ensureCjkFont(machineProbe);
// Spec files named *.files.spec.ts check files or server answers and open no browser.
const FILE_CHECKS = '**/*.files.spec.ts';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // A flaky test is fixed, never retried.
  retries: 0,
  workers: 2,
  reporter: 'list',
  // Every wait is on something the page does (a step shown, an island hydrated, a tooltip open), never a sleep; a
  // busy machine slows those, so each may take up to 10 s where a quiet one needs well under one.
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: { executablePath, args: [...CHROMIUM_ARGS] },
    trace: 'retain-on-failure',
  },
  projects: [
    // Checks that need no browser (the built files, and what the server hands out) are the same at every screen
    // size: they run once, here, and the browser projects leave them out.
    { name: 'files', testMatch: FILE_CHECKS },
    {
      name: 'phone',
      testIgnore: FILE_CHECKS,
      use: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
    },
    {
      name: 'desktop',
      testIgnore: FILE_CHECKS,
      use: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false },
    },
  ],
  webServer: {
    // --ignore-lock: run beside a developer's own `npm start` instead of refusing to start.
    command: `astro preview --ignore-lock --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
