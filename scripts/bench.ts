/**
 * `npm run bench`: builds the site into a scratch folder, serves it with `astro preview`, and measures every page a
 * reader reads (home, stories, figures, sources, each source, the not-found page): its bytes and requests on a phone,
 * Lighthouse's mobile scores and metrics (the median of five runs of a story and its floor, three of other pages), and
 * for stories the cost of every step change on a throttled phone and Lighthouse on the story's floor (the same page
 * without scripts, its CSS inline) beside it.
 * Prints a table and each story's standing against the goal; writes bench/results.json and .md.
 *
 * `npm run bench -- pocket-parks /figures/` measures only the pages named (a story's slug, or any page's address), for
 * a quick check, and prints without writing bench/.
 */
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CPU_THROTTLING, PHONE, measureScroll, measureWeight } from './bench/browse.ts';
import { buildSite } from './bench/build.ts';
import type { ScrollSummary } from './bench/frames.ts';
import { launchChrome, runLighthouse } from './bench/lighthouse.ts';
import { medianRun, type LighthouseRun } from './bench/lighthouse-summary.ts';
import { floorPath, writeFloorCopies } from './bench/floor.ts';
import { discoverPages, selectPages, type BenchPage } from './bench/pages.ts';
import {
  resultsText,
  writeResults,
  type BenchResults,
  type LighthouseResult,
  type PageResult,
} from './bench/report.ts';
import { readCpuTimes, stealShare } from './bench/steal.ts';
import { score, seconds } from './bench/units.ts';
import type { PageWeight } from './bench/weight.ts';
import { machineProbe } from './machine-probe.ts';
import { startPreview } from './preview-server.ts';
import { CHROMIUM_ARGS, resolveChromium } from './resolve-chromium.ts';
import { ensureCjkFont } from './resolve-cjk-font.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
// A story and its floor get more runs than the other pages: their LCP is what the goal compares, and each run lands on
// one of Lighthouse's simulated round-trip steps (README, Benchmark), so a median of three turns on one run.
const LIGHTHOUSE_RUNS = { story: 5, other: 3 } as const;
const started = performance.now();
const startLoad = loadavg()[0]!;
const startTimes = readCpuTimes();

function log(message: string): void {
  process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}\n`);
}

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
}

interface Lighthouse {
  runs: LighthouseRun[];
  errors: string[];
}

/**
 * The addresses Lighthouse audits for a page in a round: a story's and its floor's, the floor first in every other round;
 * none once the page has had its runs.
 */
function auditedPaths(page: BenchPage, round: number): string[] {
  if (page.kind !== 'story') return round <= LIGHTHOUSE_RUNS.other ? [page.path] : [];
  const pair = [page.path, floorPath(page.path)];
  return round % 2 === 0 ? pair.reverse() : pair;
}

/**
 * Lighthouse on every page, round after round, so a passing disturbance of the machine touches one run of each at
 * most; a story and its floor run back to back, so whatever drift there is hits both alike.
 */
async function lighthouseAll(
  port: number,
  origin: string,
  pages: readonly BenchPage[],
): Promise<{ byPath: Map<string, Lighthouse>; version: string }> {
  const byPath = new Map<string, Lighthouse>();
  let version = 'unknown';
  const rounds = Math.max(LIGHTHOUSE_RUNS.story, LIGHTHOUSE_RUNS.other);
  for (let round = 1; round <= rounds; round++) {
    for (const path of pages.flatMap((page) => auditedPaths(page, round))) {
      const outcome = await runLighthouse(port, origin + path);
      const entry = byPath.get(path) ?? { runs: [], errors: [] };
      byPath.set(path, entry);
      entry.runs.push(outcome.run);
      if (outcome.error) entry.errors.push(outcome.error);
      version = outcome.version;
      const { scores, metrics } = outcome.run;
      log(
        `Lighthouse ${round}/${rounds} ${path}: performance ${score(scores.performance)}, LCP ${seconds(metrics.lcp)}${outcome.error ? `, error ${outcome.error}` : ''}`,
      );
    }
  }
  return { byPath, version };
}

/** A page's Lighthouse runs with their medians. */
function lighthouseResult({ runs, errors }: Lighthouse): LighthouseResult {
  return { median: medianRun(runs), runs, errors };
}

/** The whole run; everything it starts goes on `stack`, which the caller disposes however the run ends. */
async function bench(stack: AsyncDisposableStack, signal: AbortSignal, wanted: string[]): Promise<BenchResults> {
  const chromePath = resolveChromium(machineProbe);
  // Without a CJK font the pages' Chinese quotes fall back to boxes, which lay out and paint unlike readers' pages.
  ensureCjkFont(machineProbe);
  const outDir = mkdtempSync(join(tmpdir(), 'nmg-bench-'));
  stack.defer(() => rmSync(outDir, { recursive: true, force: true }));
  log(`building the site into ${outDir}`);
  await buildSite(outDir, signal);
  const pages = selectPages(discoverPages(outDir), wanted);
  const server = await startPreview({ ...process.env, OUT_DIR: outDir });
  stack.defer(() => server.stop());
  // Written once the server runs: the config it loads refuses a build folder holding files the build did not write.
  writeFloorCopies(
    outDir,
    pages.filter((page) => page.kind === 'story'),
  );
  log(`serving it at ${server.url}; ${pages.length} pages to measure`);

  // The signal handler below stops every process in order, so the browsers must not quit on Ctrl-C by themselves.
  const browser = await chromium.launch({
    executablePath: chromePath,
    args: [...CHROMIUM_ARGS],
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  stack.defer(() => browser.close());
  const chromiumVersion = browser.version();
  const weights = new Map<string, PageWeight>();
  const scrolls = new Map<string, ScrollSummary>();
  for (const page of pages) {
    weights.set(page.path, await measureWeight(browser, server.url + page.path));
    if (page.kind === 'story') {
      const scroll = await measureScroll(browser, server.url + page.path);
      scrolls.set(page.path, scroll);
      log(
        `scrolled ${page.path}: ${scroll.steps} steps, ${scroll.longTasks} long tasks, ${scroll.droppedFrames} dropped frames`,
      );
    }
  }
  // Lighthouse runs alone, so the Playwright browser does not share the two cores with it.
  await browser.close();
  log('weights measured; running Lighthouse');
  const chrome = await launchChrome(chromePath);
  stack.defer(() => chrome.kill());
  const lighthouse = await lighthouseAll(chrome.port, server.url, pages);

  return {
    timestamp: new Date().toISOString(),
    commit: git('rev-parse', 'HEAD'),
    // The results of an earlier run in bench/ say nothing about the site measured.
    dirty: git('status', '--porcelain', '--', '.', ':!bench') !== '',
    chromium: chromiumVersion,
    lighthouse: lighthouse.version,
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    loadAverage: { start: startLoad, end: loadavg()[0]! },
    cpuSteal: stealShare(startTimes, readCpuTimes()),
    durationSeconds: (performance.now() - started) / 1000,
    method: { viewport: PHONE.viewport, lighthouseRuns: LIGHTHOUSE_RUNS, scrollCpuThrottling: CPU_THROTTLING },
    pages: pages.map((page): PageResult => {
      const floor = lighthouse.byPath.get(floorPath(page.path));
      return {
        path: page.path,
        kind: page.kind,
        weight: weights.get(page.path)!,
        lighthouse: lighthouseResult(lighthouse.byPath.get(page.path)!),
        scroll: scrolls.get(page.path) ?? null,
        floor: floor ? { path: floorPath(page.path), lighthouse: lighthouseResult(floor) } : null,
      };
    }),
  };
}

const stack = new AsyncDisposableStack();
const abort = new AbortController();
let disposal: Promise<void> | undefined;
// One disposal, whether the run ends, fails or is interrupted: the server, the browsers, then the scratch build.
const dispose = () => (disposal ??= stack.disposeAsync());
const onSignal = (signal: NodeJS.Signals) => {
  log(`${signal}: stopping`);
  abort.abort();
  void dispose().finally(() => process.exit(130));
};
process.once('SIGINT', onSignal);
process.once('SIGTERM', onSignal);
// Pages named on the command line make a quick check: bench/ keeps the last full run, and the check's results go to a
// scratch folder, to read while it lasts.
const wanted = process.argv.slice(2);
try {
  const results = await bench(stack, abort.signal, wanted);
  console.log(resultsText(results));
  const benchDir = wanted.length > 0 ? join(tmpdir(), 'nmg-bench-quick') : join(ROOT, 'bench');
  writeResults(benchDir, results);
  log(`wrote ${join(benchDir, 'results.json')} and results.md`);
} finally {
  await dispose();
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
}
