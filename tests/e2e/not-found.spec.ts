import { test, expect } from '@playwright/test';
import { storiesOnDisk } from './stories-on-disk';

// The guarded fixture fails any 4xx response and console error; here the page's own 404 is the point, so this test
// guards everything else itself.
test.describe('404 page', () => {
  test('answers an unknown address with status 404, the stories and the ways back', async ({ page, baseURL }) => {
    const target = new URL('/no-such-page/', baseURL).href;
    const problems: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400 && response.url() !== target)
        problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught error: ${error.message}`));
    page.on('console', (message) => {
      // Chromium logs the document's own 404 as a failed resource; that one is expected.
      if (message.type() === 'error' && message.location().url !== target)
        problems.push(`console error: ${message.text()}`);
    });

    const response = await page.goto(target);
    expect(response?.status()).toBe(404);
    const main = page.locator('main');
    await expect(main.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(main.getByRole('link', { name: 'home page' })).toHaveAttribute('href', '/');
    const stories = main.getByRole('list', { name: 'Stories' }).getByRole('link');
    await expect(stories).toHaveCount(storiesOnDisk().length);
    for (const [at, story] of storiesOnDisk().entries()) {
      await expect(stories.nth(at)).toBeVisible();
      await expect(stories.nth(at)).toHaveText(story.title);
      await expect(stories.nth(at)).toHaveAttribute('href', `/stories/${story.slug}/`);
    }
    await expect(main.getByRole('link', { name: 'Figures' })).toHaveAttribute('href', '/figures/');
    await expect(main.getByRole('link', { name: 'Sources' })).toHaveAttribute('href', '/sources/');

    await stories.first().click();
    await expect(page).toHaveURL(new URL(`/stories/${storiesOnDisk()[0]!.slug}/`, baseURL).href);
    expect(problems).toEqual([]);
  });
});
