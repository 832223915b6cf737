import type { Locator, Page } from '@playwright/test';
import type { RunOptions } from 'axe-core';
import { readerPages, statusOf } from '../../scripts/built-pages';
import { runAxe } from '../support/axe';
import { builtSections, groupTitle, sectionGroups } from '../support/built-sections';
import { firstMiddleLast, openSections, settled, showStep } from '../support/scrolly-steps';
import { test, expect } from './fixtures';

// WCAG 2.2 level AA, as axe-core tags it: the rules of every level and version up to it.
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// The site's dark scheme is CSS alone (no script reads the scheme), so the page's markup, names and roles are the same
// in both: under the dark scheme only the rules that read colours can find something the light check did not.
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Runs axe-core once with `options` and fails with each violation's rule, help and targets. */
async function expectNoViolationsOf(page: Page, options: RunOptions, what: string, within?: string): Promise<void> {
  // axe runs in the page itself rather than finishing each run in a new blank page, which halves the time of a run;
  // what it gives up is crossing into other-origin frames, and the site has no frames.
  const results = await runAxe(page, { resultTypes: ['violations'], ...options }, within);
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
 * Checks the open page, or only inside `within`, against every WCAG AA rule in the light colour scheme and against the
 * colour rules in the dark one, each once every animation and transition has run its course (a mark fading in is not
 * yet its final colour), and leaves the page in the light scheme.
 */
async function expectNoViolations(page: Page, what: string, within?: string): Promise<void> {
  await settled(page);
  await expectNoViolationsOf(
    page,
    { runOnly: { type: 'tag', values: WCAG_AA } },
    `${what}, light colour scheme`,
    within,
  );
  await page.emulateMedia({ colorScheme: 'dark' });
  try {
    await settled(page);
    await expectNoViolationsOf(
      page,
      { runOnly: { type: 'rule', values: COLOUR_RULES } },
      `${what}, dark colour scheme`,
      within,
    );
  } finally {
    await page.emulateMedia({ colorScheme: 'light' });
  }
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
const stories = pages.filter((p) => p.kind === 'story').map((built) => ({ built, sections: builtSections(built) }));

// Steps a story test checks at most, each with its own axe runs: a story is checked in several short tests, one per
// group of sections, rather than in one that grows with the story.
const STEPS_PER_TEST = 4;

test.describe('accessibility, light and dark colour schemes', () => {
  // A test here runs axe-core up to ten times; the longest take about 10 s on a quiet 2-core machine and several
  // times that with CPU-bound processes beside the suite, so they get nine times their quiet time, not the default 30 s.
  test.describe.configure({ timeout: 90_000 });
  // With motion reduced, marks take their final colours and places at once, so axe never sees one mid-way.
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
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

  for (const { built, sections } of stories) {
    test.describe(built.path, () => {
      const groups = sectionGroups(sections, STEPS_PER_TEST, (section) => firstMiddleLast(section.steps));
      if (groups.length === 0)
        test('no axe-core violations as it opens', async ({ page }) => {
          await openSections(page, built, sections);
          await expectNoViolations(page, `on ${built.path} as it opens`);
        });
      for (const [at, group] of groups.entries()) {
        // The whole page is checked as it opens in the first group's test, which saves opening it once more.
        const opening = at === 0;
        test(`${opening ? 'no axe-core violations as it opens, nor' : 'no axe-core violations'} in the chart of ${groupTitle(group)} at the first, middle and last step, nor with a tooltip open`, async ({
          page,
        }) => {
          await openSections(page, built, sections);
          if (opening) await expectNoViolations(page, `on ${built.path} as it opens`);
          for (const { steps } of group) {
            // Only the sticky chart changes from step to step; the rest of the page is checked as it opens.
            const section = `[data-scrolly]:has([id="${steps[0]}"]) .scrolly-graphic`;
            for (const id of firstMiddleLast(steps)) {
              const chart = await showStep(page, id);
              // At a section's last step the chart is checked with a mark's tooltip open, where it has marks.
              const tipped = id === steps.at(-1) && (await chart.locator('[role="button"]').count()) > 0;
              if (tipped) await openTooltip(chart);
              await expectNoViolations(
                page,
                `in the chart at step #${id}${tipped ? ' with a tooltip open' : ''}`,
                section,
              );
            }
          }
        });
      }
    });
  }
});

// The tests above check a chart with a tooltip open at each section's last step where the chart has marks; at least
// one section of every story must have them, or no tooltip would ever be checked. Marks do not depend on the colour
// scheme, so this is checked once.
for (const { built, sections } of stories) {
  test(`${built.path}: some section’s chart has marks to tap at its last step, so a tooltip is checked`, async ({
    page,
  }) => {
    await openSections(page, built, sections);
    let tappable = 0;
    for (const { steps } of sections) {
      const chart = await showStep(page, steps.at(-1)!);
      if ((await chart.locator('[role="button"]').count()) > 0) {
        tappable += 1;
        // One is enough, and each further section costs a scroll.
        break;
      }
    }
    expect(tappable, 'sections whose chart has marks to tap').toBeGreaterThan(0);
  });
}
