import { median } from './stats.ts';

/** The part of a Lighthouse result (lhr) the benchmark reads; a real `Result` from 'lighthouse' is one. */
export interface LhrLike {
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { numericValue?: number | undefined; details?: unknown } | undefined>;
}

/** Lighthouse category scores out of 100. */
export interface Scores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
}

/** Lighthouse's lab metrics: FCP, LCP and TBT in ms, CLS unitless. */
export interface Metrics {
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
}

/** A named duration from an audit's table: a resource's path, a task's script, a category of main-thread work. */
export interface Timed {
  name: string;
  ms: number;
}

/** Why a page scored as it did: the audits that explain its LCP and TBT. */
export interface Diagnostics {
  /** The largest-contentful-paint element, as its selector and the start of its text; null when none was found. */
  lcpElement: string | null;
  lcpSubparts: Timed[];
  renderBlocking: Timed[];
  /** The five longest main-thread tasks during load, by the script they are attributed to. */
  longTasks: Timed[];
  mainThread: Timed[];
  /** The elements that shifted during load, by selector, with their layout-shift scores. */
  layoutShifts: Shift[];
}

/** An element that moved during load and how much that counted towards CLS. */
export interface Shift {
  element: string;
  score: number;
}

/** What one Lighthouse run found; anything it did not report is NaN, never 0. */
export interface LighthouseRun {
  scores: Scores;
  metrics: Metrics;
  diagnostics: Diagnostics;
}

/** The median of each score and metric over several runs. */
export interface LighthouseMedian {
  scores: Scores;
  metrics: Metrics;
}

const CATEGORY: Record<keyof Scores, string> = {
  performance: 'performance',
  accessibility: 'accessibility',
  bestPractices: 'best-practices',
  seo: 'seo',
};

const METRIC: Record<keyof Metrics, string> = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
};

/** The categories the benchmark asks Lighthouse for. */
export const LIGHTHOUSE_CATEGORIES = Object.values(CATEGORY);

type Row = Record<string, unknown>;

function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null;
}

/** The items of an audit's details (a table or a list), or none. */
function items(details: unknown): Row[] {
  return isRow(details) && Array.isArray(details.items) ? details.items.filter(isRow) : [];
}

/** A URL as its path, so results from servers on different ports compare; other names ("Unattributable") as they are. */
function shortName(value: unknown): string {
  const text = String(value);
  return URL.canParse(text) ? new URL(text).pathname : text;
}

function timed(rows: Row[], nameKey: string, msKey: string, limit = Infinity): Timed[] {
  return rows
    .map((row) => ({ name: shortName(row[nameKey]), ms: Number(row[msKey]) }))
    .filter((entry) => Number.isFinite(entry.ms))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, limit);
}

/** An element Lighthouse names as a node: its selector and the start of its text, on one line. */
function element(node: Row): string {
  return `${String(node.selector)} “${String(node.nodeLabel).replace(/\s+/g, ' ')}”`;
}

function diagnostics(lhr: LhrLike): Diagnostics {
  // The LCP breakdown insight is a list: a table of subparts, then the element as a node.
  const breakdown = items(lhr.audits['lcp-breakdown-insight']?.details);
  const node = breakdown.find((item) => item.type === 'node');
  const subparts = breakdown.find((item) => item.type === 'table');
  return {
    lcpElement: node ? element(node) : null,
    lcpSubparts: timed(items(subparts), 'label', 'duration'),
    renderBlocking: timed(items(lhr.audits['render-blocking-insight']?.details), 'url', 'wastedMs'),
    longTasks: timed(items(lhr.audits['long-tasks']?.details), 'url', 'duration', 5),
    mainThread: timed(items(lhr.audits['mainthread-work-breakdown']?.details), 'groupLabel', 'duration'),
    layoutShifts: items(lhr.audits['layout-shifts']?.details).flatMap((row) =>
      isRow(row.node) && Number.isFinite(Number(row.score))
        ? [{ element: element(row.node), score: Number(row.score) }]
        : [],
    ),
  };
}

function mapKeys<K extends string>(
  keys: Record<K, string>,
  value: (key: K, name: string) => number,
): Record<K, number> {
  return Object.fromEntries(Object.entries<string>(keys).map(([key, name]) => [key, value(key as K, name)])) as Record<
    K,
    number
  >;
}

/** The scores (out of 100), metrics and diagnostics of one Lighthouse result; whatever it lacks is NaN. */
export function summarizeRun(lhr: LhrLike): LighthouseRun {
  return {
    scores: mapKeys(CATEGORY, (_key, id) => Math.round((lhr.categories[id]?.score ?? NaN) * 100)),
    metrics: mapKeys(METRIC, (_key, id) => lhr.audits[id]?.numericValue ?? NaN),
    diagnostics: diagnostics(lhr),
  };
}

/** Each score and metric's median over the runs, taken one by one; NaN where no run has it. */
export function medianRun(runs: readonly LighthouseRun[]): LighthouseMedian {
  return {
    scores: mapKeys(CATEGORY, (key) => median(runs.map((run) => run.scores[key]))),
    metrics: mapKeys(METRIC, (key) => median(runs.map((run) => run.metrics[key]))),
  };
}
