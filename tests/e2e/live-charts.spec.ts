import { chartsLive, test, expect } from './fixtures';
import { showStep, stickyChart } from '../support/scrolly-steps';
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

/** What the page keeps for the test below: each chart's keys of the elements removed since the step began. */
interface MarkWatch {
  removed: Map<Element, Set<string>>;
  keysOf(root: Element): string[];
}

// A step change must carry each mark that stays from its old state to its new one: an element taken out and put back
// (moved) or replaced by a new one with its key (redrawn) starts no CSS transition, so it jumps. This test watches the
// sticky charts' elements through every step of a story and names each mark that a step change moved or redrew.
for (const story of storiesOnDisk()) {
  const path = `/stories/${story.slug}/`;

  test(`${path}: no step change moves or redraws a mark that stays`, async ({ page }) => {
    await page.goto(path);
    await chartsLive(page);
    await page.evaluate(() => {
      const keyOf = (element: Element) => {
        for (const name of ['data-key', 'data-mark', 'data-note']) {
          const value = element.getAttribute(name);
          if (value !== null) return `${name} ${element.tagName} ${value}`;
        }
        return undefined;
      };
      const keysIn = (root: Element) =>
        [root, ...root.querySelectorAll('[data-key], [data-mark], [data-note]')].flatMap((element) => {
          const key = keyOf(element);
          return key === undefined ? [] : [key];
        });
      const watch: MarkWatch = { removed: new Map(), keysOf: keysIn };
      (window as unknown as { markWatch: MarkWatch }).markWatch = watch;
      for (const chart of document.querySelectorAll('[data-live-chart]')) {
        const removed = new Set<string>();
        watch.removed.set(chart, removed);
        new MutationObserver((records) => {
          for (const record of records)
            for (const node of record.removedNodes)
              if (node instanceof Element) for (const key of keysIn(node)) removed.add(key);
        }).observe(chart, { childList: true, subtree: true });
      }
    });
    const faults: string[] = [];
    for (const id of story.steps) {
      const chart = stickyChart(page, id);
      const before = await chart.evaluate((figure) => {
        const watch = (window as unknown as { markWatch: MarkWatch }).markWatch;
        watch.removed.get(figure)!.clear();
        return watch.keysOf(figure);
      });
      await showStep(page, id);
      const jumped = await chart.evaluate((figure, kept) => {
        const watch = (window as unknown as { markWatch: MarkWatch }).markWatch;
        const after = new Set(watch.keysOf(figure));
        return [...watch.removed.get(figure)!].filter((key) => kept.includes(key) && after.has(key));
      }, before);
      if (jumped.length > 0) faults.push(`${id}: ${jumped.join(', ')}`);
    }
    expect(faults, 'marks a step change moved or redrew').toEqual([]);
  });
}

test('a story whose chart states cannot be read unrolls as it does without scripts: each step shows its own chart', async ({
  page,
}) => {
  const [story] = storiesOnDisk();
  // A reply the browser takes, that is no states file: the failure is the page's to handle, not the network's.
  await page.route('**/charts/*.json', (route) => route.fulfill({ contentType: 'application/json', body: 'not json' }));
  await page.goto(`/stories/${story!.slug}/`);
  const first = page.locator(`[id="${story!.steps[0]}"] .step-chart figure`);
  // The states are asked for in an idle moment after load, which comes late on a busy machine.
  await expect(first).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.scrolly-graphic').first()).toBeHidden();
  await expect(page.locator('[data-live-chart][data-live]')).toHaveCount(0);
});
