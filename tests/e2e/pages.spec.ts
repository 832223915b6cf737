import type { Page } from '@playwright/test';
import { readerPages, statusOf } from '../../scripts/built-pages';
import { builtSections, groupTitle, sectionGroups } from '../support/built-sections';
import { openSections, showStep } from '../support/scrolly-steps';
import { test, expect } from './fixtures';

// Every page the build wrote, but the step share pages (they only send readers on to their story), under the guard
// of ./fixtures: a console error or warning, a failed request or a request to any host but the site's own (a web
// font from elsewhere, say) fails the test.

// Steps a story test scrolls through at most: a story is scrolled through in several short tests, one per group of
// sections, rather than in one that grows with the story.
const STEPS_PER_TEST = 8;

/** Scrolls to the end of the page and lets it settle, so lazy images and anything else the page loads late are fetched. */
async function loadToTheEnd(page: Page): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForLoadState('networkidle');
}

for (const built of readerPages()) {
  test.describe(built.path, () => {
    if (built.kind === 'not-found') test.use({ expectedMissing: built.path });

    if (built.kind !== 'story') {
      test('loads with no console error or warning and nothing from another host', async ({ page }) => {
        expect((await page.goto(built.path))?.status()).toBe(statusOf(built));
        await loadToTheEnd(page);
      });
      return;
    }

    const sections = builtSections(built);
    for (const group of sectionGroups(sections, STEPS_PER_TEST)) {
      test(`loads, scrolled through every step of ${groupTitle(group)}, with no console error or warning and nothing from another host`, async ({
        page,
      }) => {
        await openSections(page, built, sections);
        for (const { steps } of group) for (const id of steps) await showStep(page, id);
        await loadToTheEnd(page);
      });
    }
  });
}
