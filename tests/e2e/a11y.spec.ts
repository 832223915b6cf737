import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';
import { readerPages, statusOf } from '../../scripts/built-pages';
import { firstMiddleLast, sectionSteps, showStep } from '../support/scrolly-steps';
import { test, expect } from './fixtures';

// WCAG 2.2 level AA, as axe-core tags it: the rules of every level and version up to it.
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SCHEMES = ['light', 'dark'] as const;

/**
 * Runs axe-core on the open page, or only inside `within`, once every animation and transition has run its course
 * (a mark fading in is not yet its final colour), and fails with each violation's rule, help and targets.
 */
async function expectNoViolations(page: Page, what: string, within?: string): Promise<void> {
  await page.evaluate(() => Promise.allSettled(document.getAnimations().map((animation) => animation.finished)));
  // Legacy mode runs axe in the page itself rather than finishing each run in a new blank page, which halves the
  // time of a run; what it gives up is crossing into other-origin frames, and the site has no frames. options()
  // replaces all options, so it comes before withTags().
  const builder = new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .withTags(WCAG_AA);
  if (within) builder.include(within);
  const results: AxeResults = await builder.analyze();
  const report = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n` +
      violation.nodes
        .map((node) => `  ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ')}`)
        .join('\n'),
  );
  expect(report, `axe-core violations ${what}`).toEqual([]);
}

/**
 * Opens the tooltip of a chart's first mark with Enter, as a keyboard reader does: a key reaches a mark wherever it
 * lies, where a tap on a phone may land on the column of step cards that scrolls over the sticky chart.
 */
async function openTooltip(chart: Locator): Promise<void> {
  // Focus without scrolling: a scroll could move the story on to another step, and a new step closes tooltips.
  await chart
    .locator('[role="button"]')
    .first()
    .evaluate((mark: HTMLElement | SVGElement) => mark.focus({ preventScroll: true }));
  await chart.page().keyboard.press('Enter');
  await expect(chart.getByRole('dialog')).toBeVisible();
}

const pages = readerPages();

for (const colorScheme of SCHEMES) {
  test.describe(`accessibility, ${colorScheme} colour scheme`, () => {
    // With motion reduced, marks take their final colours and places at once, so axe never sees one mid-way.
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    });

    for (const built of pages.filter((p) => p.kind !== 'story')) {
      test.describe(built.path, () => {
        if (built.kind === 'not-found') test.use({ expectedMissing: built.path });
        test('no axe-core violations', async ({ page }) => {
          expect((await page.goto(built.path))?.status()).toBe(statusOf(built));
          await expectNoViolations(page, `on ${built.path}`);
        });
      });
    }

    for (const built of pages.filter((p) => p.kind === 'story')) {
      test(`${built.path}: no axe-core violations, nor in the charts at the first, middle and last step of each section, nor with a tooltip open`, async ({
        page,
      }) => {
        expect((await page.goto(built.path))?.status()).toBe(statusOf(built));
        await expectNoViolations(page, `on ${built.path} as it opens`);
        let tooltips = 0;
        for (const steps of await sectionSteps(page)) {
          // Only the sticky chart changes from step to step; the rest of the page was checked above.
          const section = `[data-scrolly]:has([id="${steps[0]}"]) .scrolly-graphic`;
          for (const id of firstMiddleLast(steps)) {
            const chart = await showStep(page, id);
            // At a section's last step the chart is checked with a mark's tooltip open, where it has marks.
            const tipped = id === steps.at(-1) && (await chart.locator('[role="button"]').count()) > 0;
            if (tipped) {
              await openTooltip(chart);
              tooltips += 1;
            }
            await expectNoViolations(
              page,
              `in the chart at step #${id}${tipped ? ' with a tooltip open' : ''}`,
              section,
            );
          }
        }
        expect(tooltips, 'sections whose chart has marks to tap').toBeGreaterThan(0);
      });
    }
  });
}
