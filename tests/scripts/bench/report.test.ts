import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScrollSummary } from '../../../scripts/bench/frames.ts';
import {
  COLUMNS,
  FLOOR_COLUMNS,
  floorRow,
  goalMarkdown,
  goalText,
  pageRow,
  resultsMarkdown,
  resultsText,
  storyFigures,
  verdictSummary,
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

/** Lighthouse's medians for a page with these FCP, LCP and TBT, perfect everywhere else but SEO. */
function lighthouse(fcp: number, lcp: number, performance = 100, tbt = 0): PageResult['lighthouse'] {
  return {
    median: {
      scores: { performance, accessibility: 100, bestPractices: 100, seo: 92 },
      metrics: { fcp, lcp, tbt, cls: 0 },
    },
    runs: [],
    errors: [],
  };
}

function page(
  path: string,
  kind: PageResult['kind'],
  figures: {
    performance?: number;
    lcp?: number;
    floorLcp?: number;
    tbt?: number;
    floorTbt?: number;
    scroll?: ScrollSummary | null;
  } = {},
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
    lighthouse: lighthouse(1058, figures.lcp ?? 1058, figures.performance ?? 100, figures.tbt),
    scroll: figures.scroll === undefined ? null : figures.scroll,
    floor:
      figures.floorLcp === undefined
        ? null
        : { path: `/bench-floor${path}`, lighthouse: lighthouse(940, figures.floorLcp, 100, figures.floorTbt) },
  };
}

const story = page('/stories/pocket-parks/', 'story', { floorLcp: 1010, scroll });
const slowStory = page('/stories/energy-corridors/', 'story', {
  performance: 98,
  lcp: 1902.4,
  floorLcp: 1268.3,
  scroll: { ...scroll, droppedFrames: 0, longTasks: 0, worstStep: null },
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
    method: { viewport: { width: 390, height: 844 }, lighthouseRuns: { story: 5, other: 3 }, scrollCpuThrottling: 4 },
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
  it('takes the Lighthouse medians of the page and its floor, the dropped frames and the long tasks', () => {
    expect(storyFigures(story)).toEqual({
      performance: 100,
      lcp: 1058,
      floorLcp: 1010,
      cls: 0,
      tbt: 0,
      droppedFrames: 3,
      longTasks: 2,
    });
  });

  it('has the floor, frames and long tasks of a story with no floor or scroll record unmeasured', () => {
    const figures = storyFigures(page('/stories/x/', 'story'));
    expect([figures.floorLcp, figures.droppedFrames, figures.longTasks]).toEqual([NaN, NaN, NaN]);
  });
});

describe('verdictSummary(verdicts)', () => {
  it('says a page meets every goal, or names each goal it misses', () => {
    expect(verdictSummary([{ goal: 'CLS 0', pass: true, actual: '0' }])).toBe('✓ every goal');
    expect(
      verdictSummary([
        { goal: 'LCP ≤ 1.0 s', pass: false, actual: '1.06 s' },
        { goal: 'CLS 0', pass: true, actual: '0' },
        { goal: 'TBT 0', pass: false, actual: '3 ms' },
      ]),
    ).toBe('✗ LCP ≤ 1.0 s; TBT 0');
  });
});

describe('floorRow(page)', () => {
  it('sets a story beside its floor: both LCPs, their ratio, both FCPs, both TBTs, and the goals it misses', () => {
    const row = floorRow(slowStory);
    expect(row).toHaveLength(FLOOR_COLUMNS.length);
    expect(row).toEqual([
      '/stories/energy-corridors/',
      '1.90 s',
      '1.27 s',
      '1.50×',
      '1.06 s',
      '0.94 s',
      '0 ms',
      '0 ms',
      '✗ LCP within 5% of the floor; LCP ≤ 1.0 s; Lighthouse performance 100',
    ]);
  });

  it('sets the page’s TBT beside its floor’s, each its own median', () => {
    const busy = page('/stories/x/', 'story', { floorLcp: 1058, tbt: 12.4, floorTbt: 21.6 });
    expect(floorRow(busy).slice(6, 8)).toEqual(['12 ms', '22 ms']);
  });

  it('shows n/a where no floor was measured', () => {
    const row = floorRow(page('/stories/x/', 'story'));
    expect([...row.slice(2, 4), row[7]]).toEqual(['n/a', 'n/a', 'n/a']);
  });
});

describe('goalText(pages)', () => {
  it('lists every story page with a ✓ or ✗ and the value for each goal, and skips other pages', () => {
    expect(goalText([home, slowStory, story])).toBe(
      [
        '/stories/energy-corridors/',
        '  ✗ LCP within 5% of the floor: 1.50×',
        '  ✗ LCP ≤ 1.0 s: 1.90 s',
        '  ✗ Lighthouse performance 100: 98',
        '  ✓ TBT 0: 0 ms',
        '  ✓ CLS 0: 0',
        '  ✓ no dropped frames at step changes: 0',
        '  ✓ no long tasks at step changes: 0',
        '/stories/pocket-parks/',
        '  ✓ LCP within 5% of the floor: 1.05×',
        '  ✗ LCP ≤ 1.0 s: 1.06 s',
        '  ✓ Lighthouse performance 100: 100',
        '  ✓ TBT 0: 0 ms',
        '  ✓ CLS 0: 0',
        '  ✗ no dropped frames at step changes: 3',
        '  ✗ no long tasks at step changes: 2',
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
        '| story | LCP within 5% of the floor | LCP ≤ 1.0 s | Lighthouse performance 100 | TBT 0 | CLS 0 | no dropped frames at step changes | no long tasks at step changes |',
        '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
        '| /stories/energy-corridors/ | ✗ 1.50× | ✗ 1.90 s | ✗ 98 | ✓ 0 ms | ✓ 0 | ✓ 0 | ✓ 0 |',
      ].join('\n'),
    );
  });

  it('says so when there are no story pages', () => {
    expect(goalMarkdown([])).toBe('No story pages were measured.');
  });
});

describe('resultsText(results)', () => {
  it('prints the table, then each story beside its floor, then the goal check', () => {
    const text = resultsText(results([home, story]));
    expect(text.split('\n')[0]).toMatch(/^page\s+HTML KB raw\/gz/);
    expect(text).toContain('/stories/pocket-parks/  ');
    const floor = text.indexOf('\nstory ');
    expect(floor).toBeGreaterThan(text.indexOf('/stories/pocket-parks/'));
    expect(text.slice(floor)).toMatch(/^\nstory\s+LCP\s+floor LCP\s+LCP ÷ floor/);
    expect(text).toMatch(/\/stories\/pocket-parks\/\s+1\.06 s\s+1\.01 s\s+1\.05×/);
    expect(text.indexOf('Story pages against the goal')).toBeGreaterThan(floor);
  });

  it('says so when no story was measured', () => {
    expect(resultsText(results([home]))).toContain('No story pages were measured.');
  });
});

describe('resultsMarkdown(results)', () => {
  it('says how and when it measured, then gives the table and the goal check', () => {
    const markdown = resultsMarkdown(results([home, story]));
    expect(markdown).toContain('at commit 0123456789ab, on 2 CPUs (Test CPU),');
    expect(markdown).toContain('Chromium 156.0.8078.79, Lighthouse 13.5.0, Node v24.21.0; the run took 417 s,');
    expect(markdown).toContain('the 1-minute load average was 0.4 at its start and 1.5 at its end.');
    expect(markdown.replaceAll('\n', ' ')).toContain(
      'Lighthouse: the median of 5 mobile runs of a story and of its floor, 3 of any other page',
    );
    expect(markdown).toContain('| /stories/pocket-parks/ | 338.4 / 29.3 |');
    expect(markdown).toContain('## Story pages beside their floor');
    expect(markdown).toContain(
      '| /stories/pocket-parks/ | 1.06 s | 1.01 s | 1.05× | 1.06 s | 0.94 s | 0 ms | 0 ms | ✗ ',
    );
    expect(markdown).toContain('## Story pages against the goal');
  });

  it('says how much of the CPUs’ time other machines on the host took, where the run measured it', () => {
    expect(resultsMarkdown({ ...results([]), cpuSteal: 0.284 })).toContain(
      "at its end; other machines on the host took 28% of the CPUs' time.",
    );
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
