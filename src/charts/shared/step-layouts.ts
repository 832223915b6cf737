import type { ChartSize } from '../frame';

/** A chart's layouts, one per step at the width it is drawn at, each computed once. */
export interface StepLayouts<T> {
  /** The layout of step `index` at `width`: computed on the first ask, then kept while the chart keeps that width. */
  at(index: number, width: number): T;
  /** Lays out steps 0 to count − 1 for the chart's size, one per idle moment, so a step change finds its layout made; returns the cancel. */
  warm(count: number, size: ChartSize): () => void;
}

/** The browser's idle queue, or a timer where it has none (Safari), and its cancel. */
interface IdleQueue {
  request(run: () => void): number;
  cancel(handle: number): void;
}

const IDLE: IdleQueue =
  typeof requestIdleCallback === 'function'
    ? { request: (run) => requestIdleCallback(run), cancel: (handle) => cancelIdleCallback(handle) }
    : { request: (run) => window.setTimeout(run, 50), cancel: (handle) => window.clearTimeout(handle) };

/**
 * Keeps a chart's step layouts: placing notes costs tens of ms on a slow phone, which a step change must not pay, so
 * the live chart lays out every step ahead, in idle time, and a step change only draws. `widthOf` says which width a
 * chart of that size is laid out at, when it is not the slot's own.
 */
export function stepLayouts<T>(
  lay: (index: number, width: number) => T,
  widthOf: (size: ChartSize) => number = (size) => size.width,
  idle: IdleQueue = IDLE,
): StepLayouts<T> {
  // Only the current width's layouts are kept: a resize makes them all stale.
  let kept = { width: NaN, layouts: new Map<number, T>() };
  const at = (index: number, width: number): T => {
    if (kept.width !== width) kept = { width, layouts: new Map() };
    if (!kept.layouts.has(index)) kept.layouts.set(index, lay(index, width));
    return kept.layouts.get(index)!;
  };
  const warm = (count: number, size: ChartSize): (() => void) => {
    const width = widthOf(size);
    let next = 0;
    let handle: number | undefined;
    // One step per idle moment, so no single task grows long.
    const run = () => {
      at(next++, width);
      handle = next < count ? idle.request(run) : undefined;
    };
    if (count > 0) handle = idle.request(run);
    return () => {
      if (handle !== undefined) idle.cancel(handle);
    };
  };
  return { at, warm };
}
