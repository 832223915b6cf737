import { describe, expect, it } from 'vitest';
import { GOALS, storyVerdicts, type StoryFigures } from '../../../scripts/bench/verdict.ts';

const meets: StoryFigures = {
  performance: 100,
  lcp: 1000,
  floorLcp: 980,
  cls: 0,
  tbt: 0,
  droppedFrames: 0,
  longTasks: 0,
};

/** The ✓/✗ of each goal, in order: floor, LCP, performance, TBT, CLS, dropped frames, long tasks. */
const passes = (figures: Partial<StoryFigures>) =>
  storyVerdicts({ ...meets, ...figures }).map((verdict) => verdict.pass);

describe('storyVerdicts(figures)', () => {
  it('names the goals in the order they are printed', () => {
    expect(GOALS.map((goal) => goal.goal)).toEqual([
      'LCP within 5% of the floor',
      'LCP ≤ 1.0 s',
      'Lighthouse performance 100',
      'TBT 0',
      'CLS 0',
      'no dropped frames at step changes',
      'no long tasks at step changes',
    ]);
  });

  it.each<[string, Partial<StoryFigures>, boolean[]]>([
    ['a page that meets every goal', {}, [true, true, true, true, true, true, true]],
    ['LCP exactly 5% above the floor', { lcp: 1050, floorLcp: 1000 }, [true, false, true, true, true, true, true]],
    ['LCP just over 5% above the floor', { lcp: 945.1, floorLcp: 900 }, [false, true, true, true, true, true, true]],
    ['LCP under the floor', { lcp: 900, floorLcp: 950 }, [true, true, true, true, true, true, true]],
    ['LCP exactly 1.0 s', { lcp: 1000 }, [true, true, true, true, true, true, true]],
    ['LCP just over 1.0 s', { lcp: 1000.1 }, [true, false, true, true, true, true, true]],
    ['performance 99', { performance: 99 }, [true, true, false, true, true, true, true]],
    ['TBT that shows as 0 ms', { tbt: 0.4 }, [true, true, true, true, true, true, true]],
    ['TBT that shows as 1 ms', { tbt: 0.5 }, [true, true, true, false, true, true, true]],
    ['the smallest layout shift', { cls: 0.0001 }, [true, true, true, true, false, true, true]],
    ['one dropped frame', { droppedFrames: 1 }, [true, true, true, true, true, false, true]],
    ['one long task', { longTasks: 1 }, [true, true, true, true, true, true, false]],
    ['no floor measured', { floorLcp: NaN }, [false, true, true, true, true, true, true]],
    ['a missing LCP', { lcp: NaN }, [false, false, true, true, true, true, true]],
    ['a missing performance score', { performance: NaN }, [true, true, false, true, true, true, true]],
    ['a missing TBT', { tbt: NaN }, [true, true, true, false, true, true, true]],
    ['a missing CLS', { cls: NaN }, [true, true, true, true, false, true, true]],
    ['an unmeasured scroll', { droppedFrames: NaN, longTasks: NaN }, [true, true, true, true, true, false, false]],
  ])('judges %s', (_case, figures, expected) => {
    expect(passes(figures)).toEqual(expected);
  });

  it('shows each measured value in human units, and n/a for what was not measured', () => {
    expect(
      storyVerdicts({
        performance: 98,
        lcp: 1902.4,
        floorLcp: 1000,
        cls: 0.2595,
        tbt: 52.5,
        droppedFrames: 12,
        longTasks: 2,
      }),
    ).toEqual([
      { goal: 'LCP within 5% of the floor', pass: false, actual: '1.90×' },
      { goal: 'LCP ≤ 1.0 s', pass: false, actual: '1.90 s' },
      { goal: 'Lighthouse performance 100', pass: false, actual: '98' },
      { goal: 'TBT 0', pass: false, actual: '53 ms' },
      { goal: 'CLS 0', pass: false, actual: '0.26' },
      { goal: 'no dropped frames at step changes', pass: false, actual: '12' },
      { goal: 'no long tasks at step changes', pass: false, actual: '2' },
    ]);
    expect(storyVerdicts({ ...meets, floorLcp: NaN }).map((verdict) => verdict.actual)).toEqual([
      'n/a',
      '1.00 s',
      '100',
      '0 ms',
      '0',
      '0',
      '0',
    ]);
  });
});
