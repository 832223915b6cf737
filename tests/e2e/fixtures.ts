import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every e2e test runs under this guard: it fails the test on any console error or warning, uncaught page error,
 * Content-Security-Policy violation, failed or 4xx/5xx request, or request to a host other than the local server.
 * A test that opens an address on purpose to get the site's not-found page names it in `expectedMissing`: that
 * address's 404, and Chromium's console error reporting it, are then the point, not problems.
 */
export const test = base.extend<{ pageGuard: void; expectedMissing: string | undefined }>({
  expectedMissing: [undefined, { option: true }],
  pageGuard: [
    async ({ page, baseURL, expectedMissing }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const missing = expectedMissing === undefined ? undefined : new URL(expectedMissing, origin).href;
      const problems: string[] = [];
      page.on('console', (message) => {
        const reportsMissing = message.location().url === missing && message.text().includes('status of 404');
        if (message.type() === 'error' && reportsMissing) return;
        if (message.type() === 'error' || message.type() === 'warning') {
          problems.push(`console ${message.type()}: ${message.text()}`);
        }
      });
      page.on('pageerror', (error) => problems.push(`uncaught error: ${error.message}`));
      // Anything the Content-Security-Policy blocks is a defect: the page asked for something the site does not allow.
      await page.exposeFunction('reportCspViolation', (text: string) => problems.push(`CSP violation: ${text}`));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation(
            `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`,
          );
        });
      });
      page.on('requestfailed', (request) => {
        // ERR_ABORTED is the browser cancelling a request when the test navigates on, not a failure to load.
        if (request.failure()?.errorText !== 'net::ERR_ABORTED') {
          problems.push(`failed request: ${request.url()} (${request.failure()?.errorText})`);
        }
      });
      page.on('response', (response) => {
        if (response.status() === 404 && response.url() === missing) return;
        if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) {
          problems.push(`request to another host: ${request.url()}`);
        }
      });
      await use();
      expect(problems, 'console errors, failed requests or requests to other hosts').toEqual([]);
    },
    { auto: true },
  ],
});

/** Waits until every sticky chart on the page is live: it shows its states from their file then, replacing elements. */
export async function chartsLive(page: Page): Promise<void> {
  // Each chart fetches its states in an idle moment after load (live-chart.ts), so network quiet says nothing about
  // it; a chart says which width's states it shows once it does. Idle time is scarce on a busy machine, hence the long wait.
  await expect(page.locator('[data-live-chart]:not([data-live])')).toHaveCount(0, { timeout: 30_000 });
}

export { expect };
