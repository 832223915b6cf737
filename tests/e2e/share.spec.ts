import { test, expect } from './fixtures';
import { storiesOnDisk } from './stories-on-disk';

test.describe('step share pages', () => {
  const story = storiesOnDisk().find((s) => s.steps.length > 3)!;

  test('a shared step link opens the story at that step, in that step’s chart state', async ({ page, baseURL }) => {
    const step = story.steps[3]!;
    await page.goto(`/stories/${story.slug}/${step}/`);
    await expect(page).toHaveURL(`${baseURL}/stories/${story.slug}/#${step}`);
    await expect(page.locator(`[data-scrolly]:has([id="${step}"]) .scrolly-graphic figure.chart`)).toHaveAttribute(
      'data-chart-step',
      step,
    );
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the share page shows the step, its chart and a link on to the story', async ({ page }) => {
      const step = story.steps[0]!;
      await page.goto(`/stories/${story.slug}/${step}/`);
      await expect(page.getByRole('link', { name: story.title })).toBeVisible();
      const image = page.locator('.step-page img');
      await expect(image).toHaveAttribute('width', '1200');
      expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1200);
      await expect(page.getByRole('link', { name: 'Read the story from this step' })).toHaveAttribute(
        'href',
        `/stories/${story.slug}/#${step}`,
      );
    });
  });
});

test.describe('the share page of a step a story no longer has', () => {
  const moved = storiesOnDisk().flatMap((story) => story.moved.map(([from, to]) => ({ slug: story.slug, from, to })));

  for (const { slug, from, to } of moved) {
    test(`/stories/${slug}/${from}/ opens the story at #${to}, in that step’s chart state`, async ({
      page,
      baseURL,
    }) => {
      await page.goto(`/stories/${slug}/${from}/`);
      await expect(page).toHaveURL(`${baseURL}/stories/${slug}/#${to}`);
      await expect(page.locator(`[data-scrolly]:has([id="${to}"]) .scrolly-graphic figure.chart`)).toHaveAttribute(
        'data-chart-step',
        to,
      );
    });

    test.describe('without JavaScript', () => {
      test.use({ javaScriptEnabled: false });
      test(`/stories/${slug}/${from}/ still sends readers on to #${to}`, async ({ page, baseURL }) => {
        await page.goto(`/stories/${slug}/${from}/`);
        await expect(page).toHaveURL(`${baseURL}/stories/${slug}/#${to}`);
        await expect(page.locator(`[id="${to}"]`)).toBeInViewport();
      });
    });
  }
});
