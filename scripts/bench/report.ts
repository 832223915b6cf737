import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScrollSummary } from './frames.ts';
import type { LighthouseMedian, LighthouseRun } from './lighthouse-summary.ts';
import type { PageKind } from './pages.ts';
import { markdownTable, textTable } from './table.ts';
import { count, kb, millis, ratio, score, seconds, shift } from './units.ts';
import { storyVerdicts, GOALS, type StoryFigures, type Verdict } from './verdict.ts';
import type { Bytes, PageWeight } from './weight.ts';

/** Lighthouse's runs of one page, their medians, and its runtime errors, one per failed run. */
export interface LighthouseResult {
  median: LighthouseMedian;
  runs: LighthouseRun[];
  errors: string[];
}

/** Everything measured for one page. */
export interface PageResult {
  path: string;
  kind: PageKind;
  weight: PageWeight;
  lighthouse: LighthouseResult;
  /** The scroll through a story's steps; null for pages without steps. */
  scroll: ScrollSummary | null;
  /** A story's floor: its control copy, with no script and its CSS inline, measured beside it; null for other pages. */
  floor: { path: string; lighthouse: LighthouseResult } | null;
}

/** One benchmark run: where and when it ran, how, and every page's results. */
export interface BenchResults {
  timestamp: string;
  commit: string;
  /** True when the working tree had uncommitted changes, outside bench/. */
  dirty: boolean;
  chromium: string;
  lighthouse: string;
  node: string;
  cpus: number;
  cpuModel: string;
  /** The machine's 1-minute load average when the run began and when it ended: a busy machine skews timings. */
  loadAverage: { start: number; end: number };
  /**
   * The share of the cores' time the hypervisor gave other machines during the run (/proc/stat's steal), where the
   * system reports it: on a shared host frames and long tasks grow with it, whatever the load average says.
   */
  cpuSteal?: number | undefined;
  durationSeconds: number;
  method: {
    viewport: { width: number; height: number };
    /** Lighthouse runs a story page and its floor each get, and every other page. */
    lighthouseRuns: { story: number; other: number };
    scrollCpuThrottling: number;
  };
  pages: PageResult[];
}

/** The table's columns: one row per page. */
export const COLUMNS = [
  'page',
  'HTML KB raw/gz',
  'CSS KB raw/gz',
  'JS KB raw/gz',
  'requests',
  'perf',
  'a11y',
  'best pr.',
  'SEO',
  'FCP',
  'LCP',
  'TBT',
  'CLS',
  'steps',
  'long tasks (total)',
  'max long task',
  'dropped frames',
  'worst step',
] as const;

const NONE = '—';

function bytes(value: Bytes): string {
  return `${kb(value.raw)} / ${kb(value.gzip)}`;
}

/** One table row for a page, in human units; a page without steps shows — in the scroll columns. */
export function pageRow(page: PageResult): string[] {
  const { scores, metrics } = page.lighthouse.median;
  const { scroll } = page;
  return [
    page.path,
    bytes(page.weight.html),
    bytes(page.weight.css),
    bytes(page.weight.js),
    count(page.weight.requests),
    score(scores.performance),
    score(scores.accessibility),
    score(scores.bestPractices),
    score(scores.seo),
    seconds(metrics.fcp),
    seconds(metrics.lcp),
    millis(metrics.tbt),
    shift(metrics.cls),
    ...(scroll
      ? [
          count(scroll.steps),
          `${count(scroll.longTasks)} (${millis(scroll.longTaskMs)})`,
          millis(scroll.maxLongTaskMs),
          count(scroll.droppedFrames),
          scroll.worstStep ?? NONE,
        ]
      : [NONE, NONE, NONE, NONE, NONE]),
  ];
}

/** The figures of a story page the goal is about; what was not measured (a floor, a scroll record) is NaN. */
export function storyFigures(page: PageResult): StoryFigures {
  const { scores, metrics } = page.lighthouse.median;
  return {
    performance: scores.performance,
    lcp: metrics.lcp,
    floorLcp: page.floor?.lighthouse.median.metrics.lcp ?? NaN,
    cls: metrics.cls,
    tbt: metrics.tbt,
    droppedFrames: page.scroll?.droppedFrames ?? NaN,
    longTasks: page.scroll?.longTasks ?? NaN,
  };
}

/** The columns of the floor table: one row per story. */
export const FLOOR_COLUMNS = [
  'story',
  'LCP',
  'floor LCP',
  'LCP ÷ floor',
  'FCP',
  'floor FCP',
  'TBT',
  'floor TBT',
  'verdict',
] as const;

/** The goals a page's verdicts miss, or that it meets them all. */
export function verdictSummary(verdicts: readonly Verdict[]): string {
  const missed = verdicts.filter((verdict) => !verdict.pass).map((verdict) => verdict.goal);
  return missed.length === 0 ? '✓ every goal' : `✗ ${missed.join('; ')}`;
}

/**
 * A story beside its floor: both LCPs, their ratio, both FCPs, both TBTs, and which goals it misses. The floor's TBT
 * is what the page blocks for with no scripts at all: the browser's own parsing, style, layout and fonts.
 */
export function floorRow(page: PageResult): string[] {
  const figures = storyFigures(page);
  return [
    page.path,
    seconds(figures.lcp),
    seconds(figures.floorLcp),
    ratio(figures.lcp / figures.floorLcp),
    seconds(page.lighthouse.median.metrics.fcp),
    seconds(page.floor?.lighthouse.median.metrics.fcp ?? NaN),
    millis(figures.tbt),
    millis(page.floor?.lighthouse.median.metrics.tbt ?? NaN),
    verdictSummary(storyVerdicts(figures)),
  ];
}

function storyPages(pages: readonly PageResult[]): PageResult[] {
  return pages.filter((page) => page.kind === 'story');
}

function mark(verdict: Verdict): string {
  return `${verdict.pass ? '✓' : '✗'} ${verdict.actual}`;
}

const NO_STORIES = 'No story pages were measured.';

/** Where each story page stands against the goal, as ✓/✗ lines for the terminal. */
export function goalText(pages: readonly PageResult[]): string {
  const stories = storyPages(pages);
  if (stories.length === 0) return NO_STORIES;
  return stories
    .map((page) =>
      [
        page.path,
        ...storyVerdicts(storyFigures(page)).map(
          (verdict) => `  ${verdict.pass ? '✓' : '✗'} ${verdict.goal}: ${verdict.actual}`,
        ),
      ].join('\n'),
    )
    .join('\n');
}

/** Where each story page stands against the goal, as a Markdown table of ✓/✗ and the measured values. */
export function goalMarkdown(pages: readonly PageResult[]): string {
  const stories = storyPages(pages);
  if (stories.length === 0) return NO_STORIES;
  return markdownTable(
    ['story', ...GOALS.map((goal) => goal.goal)],
    stories.map((page) => [page.path, ...storyVerdicts(storyFigures(page)).map(mark)]),
  );
}

/** Each story page beside its floor, as a table `table` lays out. */
function floorTable(
  pages: readonly PageResult[],
  table: (header: readonly string[], rows: readonly (readonly string[])[]) => string,
): string {
  const stories = storyPages(pages);
  return stories.length === 0 ? NO_STORIES : table(FLOOR_COLUMNS, stories.map(floorRow));
}

const GOAL_LIST = GOALS.map((goal) => goal.goal).join(', ');
const FLOOR_NOTE =
  'Each story beside its floor: the same page with every script removed and its CSS inline, measured in the same run.';

/** The results as the terminal shows them: the table, each story beside its floor, then the goal check. */
export function resultsText(results: BenchResults): string {
  return [
    textTable(COLUMNS, results.pages.map(pageRow)),
    '',
    FLOOR_NOTE,
    floorTable(results.pages, textTable),
    '',
    `Story pages against the goal (${GOAL_LIST}):`,
    goalText(results.pages),
  ].join('\n');
}

/** The run's CPU steal as the description's clause, or nothing where the system did not report it. */
function stealText(steal: number | undefined): string {
  return steal === undefined ? '' : `; other machines on the host took ${(steal * 100).toFixed(0)}% of the CPUs' time`;
}

function describeRun(results: BenchResults): string {
  const { width, height } = results.method.viewport;
  const tree = results.dirty ? ' (with uncommitted changes)' : '';
  return [
    `Measured ${results.timestamp} at commit ${results.commit.slice(0, 12)}${tree}, on ${results.cpus} CPUs (${results.cpuModel}),`,
    `Chromium ${results.chromium}, Lighthouse ${results.lighthouse}, Node ${results.node}; the run took ${Math.round(results.durationSeconds)} s,`,
    `the 1-minute load average was ${results.loadAverage.start.toFixed(1)} at its start and ${results.loadAverage.end.toFixed(1)} at its end${stealText(results.cpuSteal)}.`,
    '',
    `Bytes: KB of 1,024 bytes, raw / gzip (node:zlib, default level), of every response the page's requests got while it`,
    `loaded at ${width}×${height} and scrolled to its end. Lighthouse: the median of ${results.method.lighthouseRuns.story} mobile runs of a story`,
    `and of its floor, ${results.method.lighthouseRuns.other} of any other page (default emulation, simulated throttling), each score and`,
    'metric on its own. Scroll: each story at',
    `${width}×${height} with ${results.method.scrollCpuThrottling}× CPU throttling, read down to its first step half a screen at a time,`,
    "then step by step; long tasks and dropped frames (later than 1.5 frame intervals) from each step's scroll to the next.",
    "Floor: each story's Lighthouse runs alternate with its floor's.",
  ].join('\n');
}

/** The results as Markdown: how and when they were measured, the table, and the goal check. */
export function resultsMarkdown(results: BenchResults): string {
  return [
    '# Benchmark results',
    '',
    describeRun(results),
    '',
    markdownTable(COLUMNS, results.pages.map(pageRow)),
    '',
    '## Story pages beside their floor',
    '',
    FLOOR_NOTE,
    '',
    floorTable(results.pages, markdownTable),
    '',
    '## Story pages against the goal',
    '',
    goalMarkdown(results.pages),
    '',
  ].join('\n');
}

/** Writes results.json and results.md into `dir`, made if missing. */
export function writeResults(dir: string, results: BenchResults): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(dir, 'results.md'), resultsMarkdown(results));
}
