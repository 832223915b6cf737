import type { Browser, Page, Request } from '@playwright/test';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  frameInterval,
  scrollSummary,
  stepMeasures,
  type LongTask,
  type ScrollSummary,
  type StepMark,
} from './frames.ts';
import { pageWeight, type PageWeight, type ResourceRecord } from './weight.ts';

/** A phone: the viewport every page is measured at, as the e2e tests' phone project sets it. */
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };

/** How much the scroll run slows the CPU, as a mid-range phone's is slower than this machine's. */
export const CPU_THROTTLING = 4;

/** Where a step's top is brought to, as a share of the viewport height: under a reader's thumb. */
const THUMB_LINE = 0.45;
// How long after the chart switches a step change is watched, so its transition has run.
const SETTLE_MS = 1_000;
// How long a chart may take to follow a step before the run fails.
const SWITCH_TIMEOUT_MS = 10_000;
// How far and how often a reader scrolls through the story's opening prose to its first step: half a screen at a time.
const READING_SCROLL = 0.5;
const READING_PAUSE_MS = 300;
// Idle time on the page before the first step, to measure the display's frame interval.
const IDLE_MS = 500;
// The network is quiet once no request has been open for this long.
const QUIET_MS = 500;
const QUIET_TIMEOUT_MS = 15_000;

interface Probe {
  frames: number[];
  longTasks: LongTask[];
  stop(): void;
}

interface ProbeWindow {
  benchProbe: Probe;
}

/** Runs in the page before its own scripts: stamps every animation frame and records every long task, until stopped. */
function installProbe(): void {
  const frames: number[] = [];
  const longTasks: LongTask[] = [];
  const tick = (time: number) => {
    frames.push(time);
    frame = requestAnimationFrame(tick);
  };
  let frame = requestAnimationFrame(tick);
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push({ startTime: entry.startTime, duration: entry.duration });
  });
  observer.observe({ type: 'longtask', buffered: true });
  const stop = () => {
    cancelAnimationFrame(frame);
    observer.disconnect();
  };
  (window as unknown as ProbeWindow).benchProbe = { frames, longTasks, stop };
}

/** Counts the page's open requests, to tell when its network has gone quiet. */
function openRequests(page: Page): () => number {
  let open = 0;
  page.on('request', () => open++);
  page.on('requestfinished', () => open--);
  page.on('requestfailed', () => open--);
  return () => open;
}

async function quiet(open: () => number): Promise<void> {
  const deadline = Date.now() + QUIET_TIMEOUT_MS;
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    if (open() > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= QUIET_MS) return;
    await sleep(50);
  }
  throw new Error(`the network did not go quiet within ${QUIET_TIMEOUT_MS / 1000} s`);
}

async function recordOf(request: Request): Promise<ResourceRecord> {
  const response = await request.response();
  // A redirect has no body to read; what it sent is nothing worth counting.
  const body = (await response?.body().catch(() => undefined)) ?? Buffer.alloc(0);
  return { url: request.url(), type: request.resourceType(), body };
}

/** Everything the page at `url` makes a phone download while it loads and a reader scrolls to its end. */
export async function measureWeight(browser: Browser, url: string): Promise<PageWeight> {
  const context = await browser.newContext(PHONE);
  try {
    const page = await context.newPage();
    const records: Promise<ResourceRecord>[] = [];
    const open = openRequests(page);
    page.on('requestfinished', (request) => records.push(recordOf(request)));
    page.on('requestfailed', (request) =>
      records.push(Promise.resolve({ url: request.url(), type: request.resourceType(), body: Buffer.alloc(0) })),
    );
    await page.goto(url, { waitUntil: 'load' });
    await quiet(open);
    // A screen at a time, so every lazy image gets its turn.
    await page.evaluate(async () => {
      for (
        let screens = 0;
        screens < 1_000 && scrollY + innerHeight < document.documentElement.scrollHeight - 1;
        screens++
      ) {
        scrollBy(0, innerHeight);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    });
    await quiet(open);
    return pageWeight(await Promise.all(records));
  } finally {
    await context.close();
  }
}

/** Waits until the page has painted a frame at or after `time` on its clock. */
async function frameAfter(page: Page, time: number): Promise<void> {
  await page.waitForFunction(
    (end) => ((window as unknown as ProbeWindow).benchProbe.frames.at(-1) ?? -Infinity) >= end,
    time,
    { polling: 50 },
  );
}

/** Scrolls a step's top to the thumb line, waits for its chart to show it and its change to settle. */
async function stepTo(page: Page, id: string): Promise<StepMark> {
  const scrolledAt = await page.evaluate(
    ([stepId, line]) => {
      const at = performance.now();
      const step = document.getElementById(stepId)!;
      scrollBy(0, step.getBoundingClientRect().top - innerHeight * line);
      return at;
    },
    [id, THUMB_LINE] as const,
  );
  const switched = await page
    .waitForFunction(
      (stepId) => {
        // Found from the step up, not with a :has() selector over the whole page: this runs at every frame of the
        // change it measures, on the page's main thread, and must cost it next to nothing.
        const chart = document
          .getElementById(stepId)
          ?.closest('[data-scrolly]')
          ?.querySelector('.scrolly-graphic figure.chart');
        return chart?.getAttribute('data-chart-step') === stepId && performance.now();
      },
      id,
      { timeout: SWITCH_TIMEOUT_MS },
    )
    .catch((error: unknown) => {
      throw new Error(`${page.url()}: the chart did not show step "${id}" within ${SWITCH_TIMEOUT_MS / 1000} s`, {
        cause: error,
      });
    });
  const switchedAt = Number(await switched.jsonValue());
  await switched.dispose();
  await frameAfter(page, switchedAt + SETTLE_MS);
  return { id, scrolledAt, switchedAt };
}

/**
 * Scrolls through the prose above a step as a reader does, half a screen at a time, until one more scroll brings the
 * step to the thumb line: no reader reaches the first step from the top of the page without passing what comes before
 * it, and the page readies a section's chart as it comes within a screen (a deep link, which does jump, shows its step
 * without motion). Nothing here is measured: the first step's window starts with that last scroll.
 */
async function readUpTo(page: Page, id: string): Promise<void> {
  const far = () =>
    page.evaluate(
      ([stepId, line, scroll]) =>
        document.getElementById(stepId)!.getBoundingClientRect().top > innerHeight * (line + scroll),
      [id, THUMB_LINE, READING_SCROLL] as const,
    );
  while (await far()) {
    await page.evaluate((scroll) => scrollBy(0, innerHeight * scroll), READING_SCROLL);
    await sleep(READING_PAUSE_MS);
  }
}

/** Reads a story at `url` step by step on a throttled phone, measuring long tasks and dropped frames at each change. */
export async function measureScroll(browser: Browser, url: string): Promise<ScrollSummary> {
  const context = await browser.newContext(PHONE);
  try {
    const page = await context.newPage();
    await page.addInitScript(installProbe);
    await page.goto(url, { waitUntil: 'load' });
    // Throttled from here on: loading is Lighthouse's to judge; this run judges the step changes.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLING });
    const ids = await page.locator('[data-scrolly] [data-step]').evaluateAll((steps) => steps.map((step) => step.id));
    if (ids[0]) await readUpTo(page, ids[0]);
    const idleFrom = await page.evaluate(() => performance.now());
    await frameAfter(page, idleFrom + IDLE_MS);
    const marks: StepMark[] = [];
    for (const id of ids) marks.push(await stepTo(page, id));
    const { frames, longTasks } = await page.evaluate(() => {
      const probe = (window as unknown as ProbeWindow).benchProbe;
      probe.stop();
      return { frames: probe.frames, longTasks: probe.longTasks };
    });
    await cdp.detach();
    const firstScroll = marks[0]?.scrolledAt ?? Infinity;
    const interval = frameInterval(frames.filter((time) => time >= idleFrom && time < firstScroll));
    return scrollSummary(stepMeasures(marks, frames, longTasks, interval), interval);
  } finally {
    await context.close();
  }
}
