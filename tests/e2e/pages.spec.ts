import { readerPages, statusOf } from '../../scripts/built-pages';
import { sectionSteps, showStep } from '../support/scrolly-steps';
import { test, expect } from './fixtures';

// Every page the build wrote, but the step share pages (they only send readers on to their story), under the guard
// of ./fixtures: a console error or warning, a failed request or a request to any host but the site's own (a web
// font from elsewhere, say) fails the test.

for (const built of readerPages()) {
  const through = built.kind === 'story' ? ', scrolled through every step,' : '';
  test.describe(built.path, () => {
    if (built.kind === 'not-found') test.use({ expectedMissing: built.path });

    test(`loads${through} with no console error or warning and nothing from another host`, async ({ page }) => {
      expect((await page.goto(built.path))?.status()).toBe(statusOf(built));
      for (const id of (await sectionSteps(page)).flat()) await showStep(page, id);
      // The end of the page, so lazy images and anything else the page loads late are fetched too.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.waitForLoadState('networkidle');
    });
  });
}
