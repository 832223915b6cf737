import { describe, expect, it } from 'vitest';
import { parseCpuTimes, stealShare } from '../../../scripts/bench/steal.ts';

describe('parseCpuTimes(stat)', () => {
  it('sums the first eight counters of the all-cores line and keeps steal, leaving guest time out', () => {
    const stat = 'cpu  100 10 50 800 5 0 5 30 99 99\ncpu0 50 5 25 400 2 0 2 15 0 0\nintr 1 2 3\n';
    expect(parseCpuTimes(stat)).toEqual({ steal: 30, total: 1000 });
  });

  it.each([
    ['no cpu line', 'intr 1 2 3\n'],
    ['too few counters', 'cpu  1 2 3\n'],
    ['a counter that is not a number', 'cpu  1 2 3 4 5 6 7 x\n'],
  ])('names what it found in a /proc/stat with %s', (_, stat) => {
    expect(() => parseCpuTimes(stat)).toThrow(/\/proc\/stat has no "cpu" line with eight counters/);
  });
});

describe('stealShare(start, end)', () => {
  it.each([
    ['a quarter of the ticks between readings', { steal: 10, total: 100 }, { steal: 35, total: 200 }, 0.25],
    ['none', { steal: 10, total: 100 }, { steal: 10, total: 200 }, 0],
    ['no time passed', { steal: 10, total: 100 }, { steal: 10, total: 100 }, undefined],
    ['no reading at the start', undefined, { steal: 10, total: 100 }, undefined],
    ['no reading at the end', { steal: 10, total: 100 }, undefined, undefined],
  ])('%s', (_, start, end, expected) => {
    expect(stealShare(start, end)).toBe(expected);
  });
});
