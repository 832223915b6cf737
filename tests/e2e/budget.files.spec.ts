import { test, expect } from '@playwright/test';
import { DIST } from '../../scripts/built-pages';
import { pageScriptBytes, pageScripts, pageStyleBytes, pageStyles } from '../support/page-weight';
import { storiesOnDisk } from './stories-on-disk';

// Deterministic byte budgets on the built site, never timings; read from dist/ with no browser, so they run once, in
// the files project (playwright.config.ts).
const STORY_JS_GZIP = 40 * 1024;
const STORY_CSS_GZIP = 15 * 1024;

/** Each file's weight, one line each, for a failure message. */
const detail = (weights: Map<string, number>) => [...weights].map(([file, size]) => `${size} ${file}`).join('\n');

test.describe('budgets', () => {
  for (const story of storiesOnDisk()) {
    const page = `stories/${story.slug}/index.html`;

    test(`${story.slug}: ships at most 40 KB gzip of JavaScript`, () => {
      const bytes = pageScriptBytes(DIST, page);
      expect(bytes, `JavaScript of ${page}, gzip bytes:\n${detail(pageScripts(DIST, page))}`).toBeLessThanOrEqual(
        STORY_JS_GZIP,
      );
    });

    test(`${story.slug}: ships at most 15 KB gzip of CSS`, () => {
      const bytes = pageStyleBytes(DIST, page);
      expect(bytes, `CSS of ${page}, gzip bytes:\n${detail(pageStyles(DIST, page))}`).toBeLessThanOrEqual(
        STORY_CSS_GZIP,
      );
    });
  }
});
