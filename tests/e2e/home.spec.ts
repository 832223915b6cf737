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

  test('shows each story’s share image as a thumbnail, sized before it loads', async ({ page }) => {
    await page.goto('/');
    const thumbs = page.locator('article.story-card .thumb img');
    await expect(thumbs).toHaveCount(stories.length);
    for (const [index, story] of stories.entries()) {
      const thumb = thumbs.nth(index);
      await expect(thumb).toHaveAttribute('src', `/share/thumbs/${story.slug}.png`);
      await expect(thumb).toHaveAttribute(
        'srcset',
        `/share/thumbs/${story.slug}.png 600w, /share/${story.slug}.png 1200w`,
      );
      // The first card's image is the largest thing a phone paints at load: it must not wait to be scrolled near.
      await expect(thumb).toHaveAttribute('loading', index === 0 ? 'eager' : 'lazy');
      await expect(thumb).toHaveAttribute('width', '600');
      await expect(thumb).toHaveAttribute('height', '315');
      await thumb.scrollIntoViewIfNeeded();
      await expect
        .poll(() => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
        .toBe(true);
      const box = (await thumb.boundingBox())!;
      expect(box.width / box.height).toBeCloseTo(1200 / 630, 1);
    }
  });

  for (const story of stories) {
    test(`opens ${story.slug} from its card`, async ({ page }) => {
      await page.goto('/');
      await page.getByRole('link', { name: story.title }).click();
      await expect(page).toHaveURL(new RegExp(`/stories/${story.slug}/$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title);
    });
  }

  test('scrolls to the end with nothing overflowing sideways', async ({ page }) => {
    await page.goto('/');
    await page.locator('footer').scrollIntoViewIfNeeded();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
