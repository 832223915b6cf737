import { test, expect } from './fixtures';
import { storiesOnDisk } from './stories-on-disk';

const stories = storiesOnDisk();

test.describe('home page', () => {
  test('lists every story, newest first, with title, dek, date and topics', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveTitle('Inner Mongolia in Figures');
    await expect(page.getByRole('heading', { level: 1, name: 'Stories' })).toBeVisible();

    const cards = page.locator('article.story-card');
    await expect(cards).toHaveCount(stories.length);
    for (const [index, story] of stories.entries()) {
      const card = cards.nth(index);
      await expect(card.getByRole('heading', { level: 2 })).toHaveText(story.title);
      await expect(card.locator('.dek')).toHaveText(story.dek);
      await expect(card.locator('time')).toHaveAttribute('datetime', story.published);
      await expect(card.locator('.topics')).not.toBeEmpty();
    }
  });

  test('opens each story from its card', async ({ page }) => {
    for (const story of stories) {
      await page.goto('/');
      await page.getByRole('link', { name: story.title }).click();
      await expect(page).toHaveURL(new RegExp(`/stories/${story.slug}/$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title);
    }
  });

  test('scrolls to the end with nothing overflowing sideways', async ({ page }) => {
    await page.goto('/');
    await page.locator('footer').scrollIntoViewIfNeeded();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
