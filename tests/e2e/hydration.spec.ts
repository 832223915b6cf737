import { test, expect } from './fixtures';
import { storiesOnDisk } from './stories-on-disk';

// A section's sticky chart must be live before a reader reaches it: hydrating as it scrolls near costs a throttled
// phone a long task in the middle of a step change (measured by `npm run bench`). Charts hydrate in idle time after
// load instead (client:ahead). This test holds the page still at its top and waits for what the page does there, so
// it says that hydration needs no scroll, never how fast it runs.

for (const story of storiesOnDisk()) {
  const path = `/stories/${story.slug}/`;

  test(`${path}: every section’s chart hydrates while the reader is still at the top, the furthest down included`, async ({
    page,
  }) => {
    await page.goto(path);
    const islands = page.locator('[data-scrolly] .scrolly-graphic astro-island');
    const tops = await islands.evaluateAll((elements) =>
      // An island is display: contents; its section says where it stands.
      elements.map((element) => element.closest('[data-scrolly]')!.getBoundingClientRect().top / innerHeight),
    );
    expect(tops.length).toBeGreaterThan(0);
    expect(Math.max(...tops), 'a story long enough to have charts screens below').toBeGreaterThan(3);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    for (const [at, top] of tops.entries())
      await expect(islands.nth(at), `chart ${at}, ${top.toFixed(1)} screens down`).not.toHaveAttribute('ssr');
  });
}
