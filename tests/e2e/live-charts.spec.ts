import { test, expect } from './fixtures';
import { storiesOnDisk } from './stories-on-disk';

// A section's sticky chart must be live before a reader reaches it: fetching its states as it scrolls near would
// leave the first step change waiting on the network. Charts fetch their states in idle time after load instead
// (live-chart.ts). This test holds the page still at its top and waits for what the page does there, so it says that
// going live needs no scroll, never how fast it is.

for (const story of storiesOnDisk()) {
  const path = `/stories/${story.slug}/`;

  test(`${path}: every section’s chart goes live while the reader is still at the top, the furthest down included`, async ({
    page,
  }) => {
    await page.goto(path);
    const charts = page.locator('[data-scrolly] .scrolly-graphic [data-live-chart]');
    const tops = await charts.evaluateAll((elements) =>
      elements.map((element) => element.closest('[data-scrolly]')!.getBoundingClientRect().top / innerHeight),
    );
    expect(tops.length).toBeGreaterThan(0);
    expect(Math.max(...tops), 'a story long enough to have charts screens below').toBeGreaterThan(3);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    for (const [at, top] of tops.entries())
      await expect(charts.nth(at), `chart ${at}, ${top.toFixed(1)} screens down`).toHaveAttribute('data-live', /^\d+$/);
  });
}
