import { readerPages, statusOf } from '../../scripts/built-pages';
import { loadToTheEnd } from '../support/load-to-the-end';
import { test, expect } from './fixtures';

// Every page the build wrote but the stories (scrolly.spec.ts scrolls through each of their steps under the same
// guard) and the step share pages (they only send readers on to their story), under the guard of ./fixtures: a
// console error or warning, a failed request or a request to any host but the site's own (a web font from
// elsewhere, say) fails the test.
for (const built of readerPages().filter((p) => p.kind !== 'story')) {
  test.describe(built.path, () => {
    if (built.kind === 'not-found') test.use({ expectedMissing: built.path });
    test('loads with no console error or warning and nothing from another host', async ({ page }) => {
      expect((await page.goto(built.path))?.status()).toBe(statusOf(built));
      await loadToTheEnd(page);
    });
  });
}
