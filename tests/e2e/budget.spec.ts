import { test, expect } from '@playwright/test';
import { pageScriptBytes, pageScripts } from '../support/page-weight';
import { storiesOnDisk } from './stories-on-disk';

// Deterministic byte budgets on the built site (dist/), never timings.
const STORY_JS_GZIP = 40 * 1024;

test.describe('budgets', () => {
  for (const story of storiesOnDisk()) {
    test(`${story.slug}: ships at most 40 KB gzip of JavaScript`, () => {
      const page = `stories/${story.slug}/index.html`;
      const bytes = pageScriptBytes('dist', page);
      const detail = [...pageScripts('dist', page)].map(([file, size]) => `${size} ${file}`).join('\n');
      expect(bytes, `JavaScript of ${page}, gzip bytes:\n${detail}`).toBeLessThanOrEqual(STORY_JS_GZIP);
    });
  }
});
