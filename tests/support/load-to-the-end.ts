import type { Page } from '@playwright/test';

/** Scrolls to the end of the page and lets it settle, so lazy images and anything else the page loads late are fetched. */
export async function loadToTheEnd(page: Page): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForLoadState('networkidle');
}
