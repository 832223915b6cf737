import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, resolveChromium } from './scripts/resolve-chromium';
import { machineProbe } from './scripts/machine-probe';

// E2E_PORT lets a second run (another checkout, a benchmark) serve beside this one.
const PORT = Number(process.env.E2E_PORT ?? 4329);
const executablePath = resolveChromium(machineProbe);

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: { executablePath, args: [...CHROMIUM_ARGS] },
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'phone',
      use: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
    },
    {
      name: 'desktop',
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
