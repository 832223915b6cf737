import { describe, expect, it } from 'vitest';
import { GOALS, storyVerdicts, type StoryFigures } from '../../../scripts/bench/verdict.ts';

const meets: StoryFigures = { performance: 100, lcp: 1000, cls: 0, tbt: 0, droppedFrames: 0 };

/** The ✓/✗ of each goal, in order: performance, LCP, CLS, TBT, dropped frames. */
const passes = (figures: Partial<StoryFigures>) =>
  storyVerdicts({ ...meets, ...figures }).map((verdict) => verdict.pass);

describe('storyVerdicts(figures)', () => {
  it('names the goals in the order they are printed', () => {
    expect(GOALS.map((goal) => goal.goal)).toEqual([
      'Lighthouse performance 100',
      'LCP < 1.5 s',
      'CLS 0',
      'TBT < 50 ms',
      'no dropped frames during step changes',
    ]);
  });

  it.each<[string, Partial<StoryFigures>, boolean[]]>([
    ['a page that meets every goal', {}, [true, true, true, true, true]],
    ['performance 99', { performance: 99 }, [false, true, true, true, true]],
    ['LCP just under 1.5 s', { lcp: 1499.9 }, [true, true, true, true, true]],
    ['LCP exactly 1.5 s', { lcp: 1500 }, [true, false, true, true, true]],
    ['the smallest layout shift', { cls: 0.0001 }, [true, true, false, true, true]],
    ['TBT just under 50 ms', { tbt: 49.9 }, [true, true, true, true, true]],
    ['TBT exactly 50 ms', { tbt: 50 }, [true, true, true, false, true]],
    ['one dropped frame', { droppedFrames: 1 }, [true, true, true, true, false]],
    ['a missing performance score', { performance: NaN }, [false, true, true, true, true]],
    ['a missing LCP', { lcp: NaN }, [true, false, true, true, true]],
    ['a missing CLS', { cls: NaN }, [true, true, false, true, true]],
    ['a missing TBT', { tbt: NaN }, [true, true, true, false, true]],
    ['unmeasured frames', { droppedFrames: NaN }, [true, true, true, true, false]],
    [
      'nothing measured at all',
      { performance: NaN, lcp: NaN, cls: NaN, tbt: NaN, droppedFrames: NaN },
      [false, false, false, false, false],
    ],
  ])('judges %s', (_case, figures, expected) => {
    expect(passes(figures)).toEqual(expected);
  });

  it('shows each measured value in human units, and n/a for what was not measured', () => {
    expect(storyVerdicts({ performance: 98, lcp: 1902.4, cls: 0.2595, tbt: 52.5, droppedFrames: 12 })).toEqual([
      { goal: 'Lighthouse performance 100', pass: false, actual: '98' },
      { goal: 'LCP < 1.5 s', pass: false, actual: '1.90 s' },
      { goal: 'CLS 0', pass: false, actual: '0.26' },
      { goal: 'TBT < 50 ms', pass: false, actual: '53 ms' },
      { goal: 'no dropped frames during step changes', pass: false, actual: '12' },
    ]);
    expect(storyVerdicts({ ...meets, lcp: NaN }).map((verdict) => verdict.actual)).toEqual([
      '100',
      'n/a',
      '0',
      '0 ms',
      '0',
    ]);
  });
});
