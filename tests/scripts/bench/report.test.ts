import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScrollSummary } from '../../../scripts/bench/frames.ts';
import {
  COLUMNS,
  goalMarkdown,
  goalText,
  pageRow,
  resultsMarkdown,
  resultsText,
  storyFigures,
  writeResults,
  type BenchResults,
  type PageResult,
} from '../../../scripts/bench/report.ts';
import { scratchDirs } from '../../support/scratch-dirs.ts';

const KB = 1024;
const scroll: ScrollSummary = {
  steps: 14,
  frameIntervalMs: 16.7,
  droppedFrames: 3,
  longTasks: 2,
  longTaskMs: 140.4,
  maxLongTaskMs: 90.2,
  worstStep: 'money',
  perStep: [],
};

function page(
  path: string,
  kind: PageResult['kind'],
  figures: { performance?: number; lcp?: number; scroll?: ScrollSummary | null } = {},
): PageResult {
  return {
    path,
    kind,
    weight: {
      html: { raw: 338.4 * KB, gzip: 29.3 * KB },
      css: { raw: 12.2 * KB, gzip: 3 * KB },
      js: { raw: 95.6 * KB, gzip: 36.7 * KB },
      other: { raw: 0.4 * KB, gzip: 0.3 * KB },
      requests: 16,
    },
    lighthouse: {
      median: {
        scores: { performance: figures.performance ?? 100, accessibility: 100, bestPractices: 100, seo: 92 },
        metrics: { fcp: 1058, lcp: figures.lcp ?? 1058, tbt: 0, cls: 0 },
      },
      runs: [],
      errors: [],
    },
    scroll: figures.scroll === undefined ? null : figures.scroll,
  };
}

const story = page('/stories/pocket-parks/', 'story', { scroll });
const slowStory = page('/stories/energy-corridors/', 'story', {
  performance: 98,
  lcp: 1902.4,
  scroll: { ...scroll, droppedFrames: 0, worstStep: null },
});
const home = page('/', 'home');

function results(pages: PageResult[]): BenchResults {
  return {
    timestamp: '2024-07-10T08:00:00.000Z',
    commit: '0123456789abcdef0123456789abcdef01234567',
    dirty: false,
    chromium: '156.0.8078.79',
    lighthouse: '13.5.0',
    node: 'v24.21.0',
    cpus: 2,
    cpuModel: 'Test CPU',
    loadAverage: { start: 0.42, end: 1.5 },
    durationSeconds: 417.2,
    method: { viewport: { width: 390, height: 844 }, lighthouseRuns: 3, scrollCpuThrottling: 4 },
    pages,
  };
}

describe('pageRow(page)', () => {
  it('shows a story page in human units, one cell per column', () => {
    const row = pageRow(story);
    expect(row).toHaveLength(COLUMNS.length);
    expect(row).toEqual([
      '/stories/pocket-parks/',
      '338.4 / 29.3',
      '12.2 / 3.0',
      '95.6 / 36.7',
      '16',
      '100',
      '100',
      '100',
      '92',
      '1.06 s',
      '1.06 s',
      '0 ms',
      '0',
      '14',
      '2 (140 ms)',
      '90 ms',
      '3',
      'money',
    ]);
  });

  it('shows — in the scroll columns of a page without steps, and for a story where no step dropped a frame', () => {
    expect(pageRow(home).slice(-5)).toEqual(['—', '—', '—', '—', '—']);
    expect(pageRow(slowStory).at(-1)).toBe('—');
  });

  it('shows n/a for Lighthouse figures no run measured', () => {
    expect(pageRow(page('/figures/', 'figures', { performance: NaN, lcp: NaN }))).toContain('n/a');
  });
});

describe('storyFigures(page)', () => {
  it('takes the Lighthouse medians and the dropped frames', () => {
    expect(storyFigures(story)).toEqual({ performance: 100, lcp: 1058, cls: 0, tbt: 0, droppedFrames: 3 });
  });

  it('has the frames of a story with no scroll record unmeasured', () => {
    expect(storyFigures(page('/stories/x/', 'story')).droppedFrames).toBeNaN();
  });
});

describe('goalText(pages)', () => {
  it('lists every story page with a ✓ or ✗ and the value for each goal, and skips other pages', () => {
    expect(goalText([home, slowStory, story])).toBe(
      [
        '/stories/energy-corridors/',
        '  ✗ Lighthouse performance 100: 98',
        '  ✗ LCP < 1.5 s: 1.90 s',
        '  ✓ CLS 0: 0',
        '  ✓ TBT < 50 ms: 0 ms',
        '  ✓ no dropped frames during step changes: 0',
        '/stories/pocket-parks/',
        '  ✓ Lighthouse performance 100: 100',
        '  ✓ LCP < 1.5 s: 1.06 s',
        '  ✓ CLS 0: 0',
        '  ✓ TBT < 50 ms: 0 ms',
        '  ✗ no dropped frames during step changes: 3',
      ].join('\n'),
    );
  });

  it.each([[[]], [[home]]])('says so when there are no story pages (%#)', (pages) => {
    expect(goalText(pages)).toBe('No story pages were measured.');
  });
});

describe('goalMarkdown(pages)', () => {
  it('writes one row per story page, a column per goal', () => {
    expect(goalMarkdown([home, slowStory])).toBe(
      [
        '| story | Lighthouse performance 100 | LCP < 1.5 s | CLS 0 | TBT < 50 ms | no dropped frames during step changes |',
        '| --- | ---: | ---: | ---: | ---: | ---: |',
        '| /stories/energy-corridors/ | ✗ 98 | ✗ 1.90 s | ✓ 0 | ✓ 0 ms | ✓ 0 |',
      ].join('\n'),
    );
  });

  it('says so when there are no story pages', () => {
    expect(goalMarkdown([])).toBe('No story pages were measured.');
  });
});

describe('resultsText(results)', () => {
  it('prints the table, then the goal check', () => {
    const text = resultsText(results([home, story]));
    expect(text.split('\n')[0]).toMatch(/^page\s+HTML KB raw\/gz/);
    expect(text).toContain('/stories/pocket-parks/  ');
    expect(text.indexOf('Story pages against the goal')).toBeGreaterThan(text.indexOf('/stories/pocket-parks/'));
  });
});

describe('resultsMarkdown(results)', () => {
  it('says how and when it measured, then gives the table and the goal check', () => {
    const markdown = resultsMarkdown(results([home, story]));
    expect(markdown).toContain('at commit 0123456789ab, on 2 CPUs (Test CPU),');
    expect(markdown).toContain('Chromium 156.0.8078.79, Lighthouse 13.5.0, Node v24.21.0; the run took 417 s,');
    expect(markdown).toContain('the 1-minute load average was 0.4 at its start and 1.5 at its end.');
    expect(markdown).toContain('| /stories/pocket-parks/ | 338.4 / 29.3 |');
    expect(markdown).toContain('## Story pages against the goal');
  });

  it('notes uncommitted changes', () => {
    expect(resultsMarkdown({ ...results([]), dirty: true })).toContain('(with uncommitted changes)');
  });

  it('is a table with no rows and no goal check for zero pages', () => {
    const markdown = resultsMarkdown(results([]));
    expect(markdown).toContain(`| ${COLUMNS.join(' | ')} |\n| --- |`);
    expect(markdown).toContain('No story pages were measured.');
  });
});

describe('writeResults(dir, results)', () => {
  const scratch = scratchDirs('bench-results');

  it('writes results.json (NaN as null) and results.md, making the folder', () => {
    const dir = join(scratch(), 'bench');
    const written = results([home, page('/stories/x/', 'story', { lcp: NaN, scroll })]);
    writeResults(dir, written);
    const json = JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8'));
    expect(json.commit).toBe(written.commit);
    expect(json.pages[1].lighthouse.median.metrics.lcp).toBeNull();
    expect(readFileSync(join(dir, 'results.md'), 'utf8')).toBe(resultsMarkdown(written));
  });
});
