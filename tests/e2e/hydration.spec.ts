import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { storiesOnDisk } from './stories-on-disk';

// A section's sticky chart must be live before a reader reaches it: hydrating as it scrolls into view costs a
// throttled phone a dropped frame on the step change it lands on. These tests hold the page still at a scroll
// position and wait for what the page does there, so they say where hydration starts, never how fast it runs.

/** Where the page puts a section's top, in viewport heights below the viewport's top: a quarter screen under the fold. */
const BELOW_THE_FOLD = 1.25;
/** Islands whose chart starts more than this many viewport heights down stay as the server drew them at load. */
const BEYOND_REACH = 2.5;

const island = (page: Page, section: number) =>
  page.locator('[data-scrolly] .scrolly-graphic astro-island').nth(section);

/** Scrolls so the section's top stands `screens` viewport heights below the viewport's top; returns its first step's top there. */
async function holdSectionBelow(page: Page, section: number, screens: number): Promise<number> {
  return page.evaluate(
    ([at, below]) => {
      const element = document.querySelectorAll('[data-scrolly]')[at]!;
      window.scrollBy({ top: element.getBoundingClientRect().top - innerHeight * below, behavior: 'instant' });
      return element.querySelector('[data-step]')!.getBoundingClientRect().top / innerHeight;
    },
    [section, screens] as const,
  );
}

for (const story of storiesOnDisk()) {
  const path = `/stories/${story.slug}/`;

  test.describe(path, () => {
    test('each section’s chart hydrates while the section is still below the screen, before its first step can reach the reading line', async ({
      page,
    }) => {
      await page.goto(path);
      const sections = await page.locator('[data-scrolly]').count();
      expect(sections).toBeGreaterThan(0);
      for (let section = 0; section < sections; section++) {
        const firstStep = await holdSectionBelow(page, section, BELOW_THE_FOLD);
        // The whole section, its first step included, is under the fold; a chart that waited to be seen would wait here for ever.
        expect(firstStep, `section ${section}'s first step, in viewport heights from the top`).toBeGreaterThan(1);
        await expect(island(page, section), `section ${section}'s chart`).not.toHaveAttribute('ssr');
      }
    });

    test('at load, only the charts within reach start to hydrate; the ones further down wait', async ({ page }) => {
      // Every intersection observer's reports, kept as the elements each saw intersecting: the islands decide on these.
      await page.addInitScript(() => {
        const seen: Element[] = [];
        (window as unknown as { seen: Element[] }).seen = seen;
        const Native = window.IntersectionObserver;
        window.IntersectionObserver = class extends Native {
          constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
            super((entries, observer) => {
              for (const entry of entries) if (entry.isIntersecting) seen.push(entry.target);
              callback(entries, observer);
            }, options);
          }
        };
      });
      await page.goto(path);
      // Observers report in the order they were made, so once one made now has reported, every island's has too.
      await page.evaluate(
        () =>
          new Promise<void>((resolve) => {
            const probe = new IntersectionObserver(() => {
              probe.disconnect();
              resolve();
            });
            probe.observe(document.body);
          }),
      );
      const charts = await page.locator('[data-scrolly] .scrolly-graphic figure.chart').evaluateAll((figures) =>
        figures.map((figure) => ({
          top: figure.getBoundingClientRect().top / innerHeight,
          seen: (window as unknown as { seen: Element[] }).seen.includes(figure),
        })),
      );
      expect(
        charts.some((chart) => chart.top > BEYOND_REACH),
        'a story long enough to have charts out of reach',
      ).toBe(true);
      for (const [at, chart] of charts.entries()) {
        if (chart.top < 1) expect(chart.seen, `chart ${at}, in view`).toBe(true);
        if (chart.top > BEYOND_REACH)
          expect(chart.seen, `chart ${at}, ${chart.top.toFixed(1)} screens down`).toBe(false);
      }
      for (const [at, chart] of charts.entries())
        if (chart.top > BEYOND_REACH) await expect(island(page, at)).toHaveAttribute('ssr', '');
    });
  });
}
