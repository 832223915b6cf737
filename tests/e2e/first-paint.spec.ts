import { test, expect } from './fixtures';
import { storiesOnDisk } from './stories-on-disk';

// A story's scripts only enhance what its HTML already shows, so none may run before the browser has painted it: a
// bundled script is fetched once the document has parsed and its first text is on the screen
// (src/config/after-paint-scripts.ts). That order is what the loader guarantees, so the test reads it from the page's own
// timeline: the paint timing entry's time is when the frame was presented.

const paths = storiesOnDisk().flatMap((story) => [`/stories/${story.slug}/`, `/zh/stories/${story.slug}/`]);

for (const path of paths) {
  test(`${path}: fetches its bundled scripts only after the document has parsed and its first text is on the screen`, async ({
    page,
  }) => {
    await page.goto(path);
    const scripts = page.locator('script[data-module]');
    await expect(scripts).not.toHaveCount(0);
    const modules = await scripts.evaluateAll((elements) =>
      elements.map((element) => new URL((element as HTMLScriptElement).dataset.module!, location.href).href),
    );
    // Every named module loads: resource timing lists it once it has been fetched.
    await expect
      .poll(() =>
        page.evaluate(
          (names) => names.filter((name) => performance.getEntriesByName(name, 'resource').length === 0),
          modules,
        ),
      )
      .toEqual([]);
    const timeline = await page.evaluate((names) => {
      const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      return {
        parsed: navigation!.domContentLoadedEventEnd,
        painted: performance.getEntriesByName('first-contentful-paint', 'paint')[0]?.startTime ?? NaN,
        fetched: names.map((name) => performance.getEntriesByName(name, 'resource')[0]!.startTime),
      };
    }, modules);
    expect(timeline.painted).toBeGreaterThan(0);
    for (const fetched of timeline.fetched) {
      expect(fetched).toBeGreaterThanOrEqual(timeline.parsed);
      expect(fetched).toBeGreaterThanOrEqual(timeline.painted);
    }
  });
}
