import { count, millis, score, seconds, shift } from './units.ts';

/** The figures of a story page that the goal is about: Lighthouse medians and the scroll run's dropped frames. */
export interface StoryFigures {
  performance: number;
  lcp: number;
  cls: number;
  tbt: number;
  droppedFrames: number;
}

/** One goal's verdict for one page. */
export interface Verdict {
  goal: string;
  pass: boolean;
  /** The measured value in human units, or n/a. */
  actual: string;
}

interface Goal {
  goal: string;
  value: (figures: StoryFigures) => number;
  pass: (value: number) => boolean;
  show: (value: number) => string;
}

/** The goal for every story page, as the issue sets it. */
export const GOALS: readonly Goal[] = [
  { goal: 'Lighthouse performance 100', value: (f) => f.performance, pass: (v) => v === 100, show: score },
  { goal: 'LCP < 1.5 s', value: (f) => f.lcp, pass: (v) => v < 1500, show: seconds },
  { goal: 'CLS 0', value: (f) => f.cls, pass: (v) => v === 0, show: shift },
  { goal: 'TBT < 50 ms', value: (f) => f.tbt, pass: (v) => v < 50, show: millis },
  { goal: 'no dropped frames during step changes', value: (f) => f.droppedFrames, pass: (v) => v === 0, show: count },
];

/** Where a story page stands against each goal; a figure that was not measured fails its goal. */
export function storyVerdicts(figures: StoryFigures): Verdict[] {
  return GOALS.map(({ goal, value, pass, show }) => {
    const actual = value(figures);
    return { goal, pass: Number.isFinite(actual) && pass(actual), actual: show(actual) };
  });
}
