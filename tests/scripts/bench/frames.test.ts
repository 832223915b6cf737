import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FRAME_INTERVAL_MS,
  droppedFrames,
  frameInterval,
  scrollSummary,
  stepMeasures,
  type StepMeasure,
} from '../../../scripts/bench/frames.ts';

/** Frame timestamps every `gap` ms from `start`, `count` of them. */
const steady = (start: number, count: number, gap = 16.7) => Array.from({ length: count }, (_, i) => start + i * gap);

describe('frameInterval(timestamps)', () => {
  it.each<[string, number[], number]>([
    ['steady 60 Hz frames', steady(0, 30), 16.7],
    ['120 Hz frames, one late among them', [0, 8, 16, 24, 40, 48, 56], 8],
    ['two frames', [100, 133], 33],
  ])('is the median gap of %s', (_case, timestamps, expected) => {
    expect(frameInterval(timestamps)).toBeCloseTo(expected, 6);
  });

  it.each<[string, number[]]>([
    ['no frames', []],
    ['one frame', [5]],
  ])('falls back to 60 Hz with %s', (_case, timestamps) => {
    expect(frameInterval(timestamps)).toBe(DEFAULT_FRAME_INTERVAL_MS);
  });
});

describe('droppedFrames(timestamps, from, to, intervalMs)', () => {
  it.each<[string, number[], number, number, number]>([
    ['none in steady frames', steady(0, 101, 10), 0, 1000, 0],
    ['a frame exactly 1.5 intervals late is on time', [0, 15, 30], 0, 100, 0],
    ['a frame just over 1.5 intervals late', [0, 10, 25.01], 0, 100, 1],
    ['a stall of one missed frame', [0, 10, 30, 40], 0, 100, 1],
    ['each late frame once, however late', [0, 10, 60, 70, 200], 0, 300, 2],
    ['a late frame stamped at the window start, counted', [0, 10, 50, 60], 50, 100, 1],
    ['a late frame stamped at the window end, not counted (it is the next window’s)', [0, 10, 50, 60], 0, 50, 0],
    ['late frames outside the window, not counted', [0, 100, 110, 120, 300], 105, 200, 0],
    ['the first frame, with none before it, never', [500], 0, 1000, 0],
    ['no frames at all', [], 0, 1000, 0],
  ])('counts %s', (_case, timestamps, from, to, expected) => {
    expect(droppedFrames(timestamps, from, to, 10)).toBe(expected);
  });
});

describe('stepMeasures(marks, frames, tasks, intervalMs)', () => {
  const marks = [
    { id: 'first', scrolledAt: 1000, switchedAt: 1040 },
    { id: 'second', scrolledAt: 2100, switchedAt: 2110 },
  ];

  it('gives each step the frames and long tasks from its scroll to the next, the last one to the end', () => {
    const frames = [...steady(900, 8, 16.7), 1100, 1150, ...steady(1166.7, 55), 2150, ...steady(2166.7, 50), 3500];
    const tasks = [
      { startTime: 950, duration: 80 },
      { startTime: 1050, duration: 60 },
      { startTime: 1600, duration: 120 },
      { startTime: 2099.9, duration: 55 },
      { startTime: 2100, duration: 70 },
    ];
    expect(stepMeasures(marks, frames, tasks, 16.7)).toEqual([
      { id: 'first', switchMs: 40, droppedFrames: 2, longTasks: 3, longTaskMs: 235, maxLongTaskMs: 120 },
      { id: 'second', switchMs: 10, droppedFrames: 2, longTasks: 1, longTaskMs: 70, maxLongTaskMs: 70 },
    ]);
  });

  it('reports a step without long tasks with zeros, never -Infinity', () => {
    expect(stepMeasures([marks[0]!], steady(1000, 10), [], 16.7)).toEqual([
      { id: 'first', switchMs: 40, droppedFrames: 0, longTasks: 0, longTaskMs: 0, maxLongTaskMs: 0 },
    ]);
  });

  it('is empty for a page without steps', () => {
    expect(stepMeasures([], steady(0, 10), [{ startTime: 0, duration: 60 }], 16.7)).toEqual([]);
  });
});

describe('scrollSummary(perStep, frameIntervalMs)', () => {
  const step = (id: string, droppedFrames: number, longTaskMs = 0): StepMeasure => ({
    id,
    switchMs: 20,
    droppedFrames,
    longTasks: longTaskMs > 0 ? 1 : 0,
    longTaskMs,
    maxLongTaskMs: longTaskMs,
  });

  it('adds up the steps and names the one that dropped the most frames', () => {
    const summary = scrollSummary([step('a', 1, 60), step('b', 4, 120), step('c', 2, 90)], 16.7);
    expect(summary).toMatchObject({
      steps: 3,
      frameIntervalMs: 16.7,
      droppedFrames: 7,
      longTasks: 3,
      longTaskMs: 270,
      maxLongTaskMs: 120,
      worstStep: 'b',
    });
    expect(summary.perStep.map((s) => s.id)).toEqual(['a', 'b', 'c']);
  });

  it.each<[string, StepMeasure[], string | null]>([
    ['the first of steps that dropped equally many', [step('a', 0), step('b', 3), step('c', 3)], 'b'],
    ['no step when none dropped a frame, long tasks or not', [step('a', 0, 200), step('b', 0)], null],
    ['no step for a story without steps', [], null],
  ])('names %s as the worst', (_case, steps, worst) => {
    expect(scrollSummary(steps, 16.7).worstStep).toBe(worst);
  });

  it('is all zeros for a story without steps', () => {
    expect(scrollSummary([], 16.7)).toEqual({
      steps: 0,
      frameIntervalMs: 16.7,
      droppedFrames: 0,
      longTasks: 0,
      longTaskMs: 0,
      maxLongTaskMs: 0,
      worstStep: null,
      perStep: [],
    });
  });
});
