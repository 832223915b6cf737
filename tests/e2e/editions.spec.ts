import { showStep, stickyChart } from '../support/scrolly-steps';
import { test, expect } from './fixtures';
import { storiesOnDisk } from './stories-on-disk';

// The link to the other edition, as a reader uses it: on a story it opens the other edition at the step the reader
// was reading when they scrolled back up to the header to use it (at the top, before they reach a chart).
const story = storiesOnDisk().find((candidate) => candidate.steps.length >= 3)!;
const step = story.steps[2]!;

for (const [from, to, name] of [
  [`/stories/${story.slug}/`, `/zh/stories/${story.slug}/`, '中文'],
  [`/zh/stories/${story.slug}/`, `/stories/${story.slug}/`, 'English'],
] as const) {
  test(`${from}: the link "${name}" opens ${to} at the step the reader is at`, async ({ page }) => {
    await page.goto(from);
    const link = page.getByRole('link', { name, exact: true });
    await expect(link).toHaveAttribute('href', to);
    await showStep(page, step);
    // Clicking scrolls the header back into view, as a reader does.
    // Setting a link's hash writes its address out in full.
    await expect(link).toHaveAttribute('href', new RegExp(`${to}#${step}$`));
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${to}#${step}$`));
    await expect(stickyChart(page, step)).toHaveAttribute('data-chart-step', step);
    await expect(page.locator(`[id="${step}"]`)).toBeInViewport();
  });
}

test('the Chinese home page lists every story by its Chinese title, and links each to its Chinese page', async ({
  page,
}) => {
  await page.goto('/zh/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  for (const { slug, zh } of storiesOnDisk())
    await expect(page.getByRole('link', { name: zh.title, exact: true })).toHaveAttribute(
      'href',
      `/zh/stories/${slug}/`,
    );
});
