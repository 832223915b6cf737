import { median } from './stats.ts';

/** A frame counts as dropped when it comes more than this many frame intervals after the one before it. */
const LATE_FRAME_FACTOR = 1.5;

/** The frame interval assumed when too few frames were seen to measure one: a 60 Hz display. */
export const DEFAULT_FRAME_INTERVAL_MS = 1000 / 60;

/** A long task as the page's PerformanceObserver saw it, in ms on the page's clock. */
export interface LongTask {
  startTime: number;
  duration: number;
}

/** When the benchmark scrolled to a step and when the chart showed it, on the page's clock. */
export interface StepMark {
  id: string;
  scrolledAt: number;
  switchedAt: number;
}

/** What one step change cost. */
export interface StepMeasure {
  id: string;
  /** From the scroll to the chart showing the step. */
  switchMs: number;
  droppedFrames: number;
  longTasks: number;
  longTaskMs: number;
  maxLongTaskMs: number;
}

/** A story's step changes, added up. */
export interface ScrollSummary {
  steps: number;
  frameIntervalMs: number;
  droppedFrames: number;
  longTasks: number;
  longTaskMs: number;
  maxLongTaskMs: number;
  /** The step whose change dropped the most frames (the first of equals), or null when none dropped any. */
  worstStep: string | null;
  perStep: StepMeasure[];
}

/** The display's frame interval: the median gap between consecutive animation frames, or 60 Hz's without two frames. */
export function frameInterval(timestamps: readonly number[]): number {
  const interval = median(timestamps.slice(1).map((time, i) => time - timestamps[i]!));
  return Number.isFinite(interval) ? interval : DEFAULT_FRAME_INTERVAL_MS;
}

/** How many frames stamped in [from, to) came more than 1.5 frame intervals after the frame before them. */
export function droppedFrames(timestamps: readonly number[], from: number, to: number, intervalMs: number): number {
  let dropped = 0;
  for (let i = 1; i < timestamps.length; i++) {
    const time = timestamps[i]!;
    if (time >= from && time < to && time - timestamps[i - 1]! > LATE_FRAME_FACTOR * intervalMs) dropped++;
  }
  return dropped;
}

/**
 * What each step change cost. A step's window runs from its scroll to the next step's scroll (the last one's to the
 * end of the record), so every frame and long task after the first scroll counts once, for the step it started under.
 */
export function stepMeasures(
  marks: readonly StepMark[],
  frames: readonly number[],
  tasks: readonly LongTask[],
  intervalMs: number,
): StepMeasure[] {
  return marks.map((mark, i) => {
    const from = mark.scrolledAt;
    const to = marks[i + 1]?.scrolledAt ?? Infinity;
    const durations = tasks
      .filter((task) => task.startTime >= from && task.startTime < to)
      .map((task) => task.duration);
    return {
      id: mark.id,
      switchMs: mark.switchedAt - mark.scrolledAt,
      droppedFrames: droppedFrames(frames, from, to, intervalMs),
      longTasks: durations.length,
      longTaskMs: durations.reduce((sum, duration) => sum + duration, 0),
      maxLongTaskMs: Math.max(0, ...durations),
    };
  });
}

/** A story's totals over its step changes, and its worst step. */
export function scrollSummary(perStep: readonly StepMeasure[], frameIntervalMs: number): ScrollSummary {
  const worst = perStep.reduce<StepMeasure | undefined>(
    (most, step) => (step.droppedFrames > (most?.droppedFrames ?? 0) ? step : most),
    undefined,
  );
  return {
    steps: perStep.length,
    frameIntervalMs,
    droppedFrames: perStep.reduce((sum, step) => sum + step.droppedFrames, 0),
    longTasks: perStep.reduce((sum, step) => sum + step.longTasks, 0),
    longTaskMs: perStep.reduce((sum, step) => sum + step.longTaskMs, 0),
    maxLongTaskMs: Math.max(0, ...perStep.map((step) => step.maxLongTaskMs)),
    worstStep: worst?.id ?? null,
    perStep: [...perStep],
  };
}
