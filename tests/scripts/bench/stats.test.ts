import { describe, expect, it } from 'vitest';
import { median } from '../../../scripts/bench/stats.ts';

describe('median(values)', () => {
  it.each<[string, number[], number]>([
    ['the middle of three runs', [1200, 900, 1500], 1200],
    ['the mean of the middle two of an even count', [4, 1, 3, 2], 2.5],
    ['one value', [7], 7],
    ['equal values', [0, 0, 0], 0],
    ['the finite values only, when a run failed', [NaN, 1000, 3000], 2000],
    ['a run that failed and one that did not', [NaN, 42], 42],
  ])('takes %s', (_case, values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it.each<[string, number[]]>([
    ['no values', []],
    ['only failed runs', [NaN, NaN, NaN]],
  ])('is NaN, not 0, for %s', (_case, values) => {
    expect(median(values)).toBeNaN();
  });

  it('leaves its input in order', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});
