import { test, expect } from '@playwright/test';

// Unguarded on purpose: the page guard of ./fixtures fails any CSP violation, and here one is the point.
test.describe('Content-Security-Policy in the browser', () => {
  test('blocks a script that is not the site’s own, and says so', async ({ page }) => {
    await page.goto('/');
    // Chromium's console report of the violation may reach the test after the page's own event does: wait for it
    // rather than look once.
    const reported = page.waitForEvent(
      'console',
      (message) => message.type() === 'error' && /Content Security Policy/i.test(message.text()),
    );
    const ran = await page.evaluate(async () => {
      const blocked = new Promise<string>((resolve) =>
        document.addEventListener('securitypolicyviolation', (event) => resolve(event.effectiveDirective), {
          once: true,
        }),
      );
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.head.append(script);
      return { injected: (window as unknown as { injected?: boolean }).injected ?? false, directive: await blocked };
    });
    expect(ran).toEqual({ injected: false, directive: 'script-src-elem' });
    expect((await reported).text()).toMatch(/Content Security Policy/i);
  });
});
