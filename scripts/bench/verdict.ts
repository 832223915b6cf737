import { count, millis, ratio, score, seconds, shift } from './units.ts';

/**
 * The figures of a story page that the goal is about: the Lighthouse medians of the page and of its floor (the same
 * page with no script and its CSS inline, measured in the same run), and the scroll run's long tasks and dropped frames.
 */
export interface StoryFigures {
  performance: number;
  lcp: number;
  floorLcp: number;
  cls: number;
  tbt: number;
  droppedFrames: number;
  longTasks: number;
}

/** How far above its floor's a page's LCP may be: 5%. */
const FLOOR_MARGIN = 1.05;

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

/** The goal for every story page, as issue 14 sets it. TBT counts as 0 when it shows as 0 ms. */
export const GOALS: readonly Goal[] = [
  {
    goal: 'LCP within 5% of the floor',
    value: (f) => f.lcp / f.floorLcp,
    pass: (v) => v <= FLOOR_MARGIN,
    show: ratio,
  },
  { goal: 'LCP ≤ 1.0 s', value: (f) => f.lcp, pass: (v) => v <= 1000, show: seconds },
  { goal: 'Lighthouse performance 100', value: (f) => f.performance, pass: (v) => v === 100, show: score },
  { goal: 'TBT 0', value: (f) => f.tbt, pass: (v) => Math.round(v) === 0, show: millis },
  { goal: 'CLS 0', value: (f) => f.cls, pass: (v) => v === 0, show: shift },
  { goal: 'no dropped frames at step changes', value: (f) => f.droppedFrames, pass: (v) => v === 0, show: count },
  { goal: 'no long tasks at step changes', value: (f) => f.longTasks, pass: (v) => v === 0, show: count },
];

/** Where a story page stands against each goal; a figure that was not measured fails its goal. */
export function storyVerdicts(figures: StoryFigures): Verdict[] {
  return GOALS.map(({ goal, value, pass, show }) => {
    const actual = value(figures);
    return { goal, pass: Number.isFinite(actual) && pass(actual), actual: show(actual) };
  });
}
