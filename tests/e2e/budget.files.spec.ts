import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { test, expect } from '@playwright/test';
import { builtPages, DIST } from '../../scripts/built-pages';
import { pageScriptBytes, pageScripts, pageStyleBytes, pageStyles } from '../support/page-weight';
import { LAYOUT_WIDTHS } from '../../src/charts/frame';
import { LANGS } from '../../src/lib/editions';
import { storiesOnDisk } from './stories-on-disk';

// Deterministic byte budgets on the built site, never timings; read from dist/ with no browser, so they run once, in
// the files project (playwright.config.ts).
// Issue 14 asks for 30 KB per story. The charts are drawn at build and only moved in the browser (live-chart.ts), so
// a story page ships the step controller, the morph and the tooltips: about 5.5 KB. The budget holds it there, with
// room for a small feature, so nothing grows unseen.
const STORY_JS_GZIP = 7 * 1024;
// A story's sticky charts in every step's state at one layout width, which every reader's browser fetches after load
// (chart-states.ts): the heaviest, opening-north's, is about 14.5 KB.
const STATES_GZIP = 16 * 1024;
const STORY_CSS_GZIP = 15 * 1024;
// The page itself, the one request a first paint waits on: every step's still copy of its chart is in it, but the
// borders of the base map are not (they come once, cached, from the base map file), nor the charts' props (there is
// nothing to hydrate); with the borders the heaviest map story weighed 64 KB, and with the props 48 KB, and its
// largest paint came later on a throttled phone. The heaviest is now opening-north, at about 34 KB.
const STORY_HTML_GZIP = 36 * 1024;
// A figures page's first view (HTML, CSS, JavaScript, and on /figures/ the search index it fetches at once).
const FIGURES_FIRST_VIEW_GZIP = 60 * 1024;

/** Each file's weight, one line each, for a failure message. */
const detail = (weights: Map<string, number>) => [...weights].map(([file, size]) => `${size} ${file}`).join('\n');

test.describe('budgets', () => {
  // Both editions: the Chinese pages are formatted at build time and ship the same scripts.
  for (const page of storiesOnDisk().flatMap((story) =>
    ['', 'zh/'].map((edition) => `${edition}stories/${story.slug}/index.html`),
  )) {
    test(`${page}: ships at most ${STORY_JS_GZIP / 1024} KB gzip of JavaScript`, () => {
      const bytes = pageScriptBytes(DIST, page);
      expect(bytes, `JavaScript of ${page}, gzip bytes:\n${detail(pageScripts(DIST, page))}`).toBeLessThanOrEqual(
        STORY_JS_GZIP,
      );
    });

    test(`${page}: is at most ${STORY_HTML_GZIP / 1024} KB gzip of HTML`, () => {
      expect(gzipSync(readFileSync(join(DIST, page))).length, `HTML of ${page}, gzip bytes`).toBeLessThanOrEqual(
        STORY_HTML_GZIP,
      );
    });

    test(`${page}: ships at most ${STORY_CSS_GZIP / 1024} KB gzip of CSS`, () => {
      const bytes = pageStyleBytes(DIST, page);
      expect(bytes, `CSS of ${page}, gzip bytes:\n${detail(pageStyles(DIST, page))}`).toBeLessThanOrEqual(
        STORY_CSS_GZIP,
      );
    });
  }
});

test.describe('live chart states budget', () => {
  const files = readdirSync(join(DIST, 'charts')).filter((file) => file.endsWith('.json'));

  test('every story has its states files, one per edition and layout width', () => {
    expect(files.length).toBe(storiesOnDisk().length * LANGS.length * LAYOUT_WIDTHS.length);
  });

  for (const file of files) {
    test(`charts/${file}: is at most ${STATES_GZIP / 1024} KB gzip`, () => {
      expect(gzipSync(readFileSync(join(DIST, 'charts', file))).length).toBeLessThanOrEqual(STATES_GZIP);
    });
  }
});

test.describe('figure pages budget', () => {
  const gzip = (file: string) => gzipSync(readFileSync(join(DIST, file))).length;
  for (const page of builtPages().filter((built) => built.kind === 'figures')) {
    test(`${page.path}: first view transfers at most 60 KB gzip`, () => {
      const weights = new Map([
        [page.file, gzip(page.file)],
        ...pageScripts(DIST, page.file),
        ...pageStyles(DIST, page.file),
      ]);
      const html = readFileSync(join(DIST, page.file), 'utf8');
      for (const [, index] of html.matchAll(/data-index="\/([^"]+)"/g)) weights.set(index!, gzip(index!));
      const bytes = [...weights.values()].reduce((a, b) => a + b, 0);
      expect(bytes, `first view of ${page.path}, gzip bytes:\n${detail(weights)}`).toBeLessThanOrEqual(
        FIGURES_FIRST_VIEW_GZIP,
      );
    });
  }
});
