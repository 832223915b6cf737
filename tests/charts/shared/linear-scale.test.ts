import { scaleLinear } from 'd3';
import { describe, expect, it } from 'vitest';
import { linearScale } from '../../../src/charts/shared/linear-scale';

describe('linearScale(domain, range)', () => {
  it.each<[[number, number], [number, number], number[]]>([
    [
      [0, 10],
      [0, 100],
      [0, 2.5, 10, -1, 12],
    ],
    [
      [-5, 5],
      [300, 0],
      [-5, 0, 5, 7],
    ],
    [
      [1869.2, 0.46],
      [0, 640],
      [100, 1000],
    ],
    [
      [3, 3],
      [0, 200],
      [3, 9],
    ],
  ])('maps %j onto %j as d3’s scaleLinear does', (domain, range, values) => {
    const ours = linearScale(domain, range);
    const d3 = scaleLinear().domain(domain).range(range);
    for (const value of values) expect(ours(value)).toBeCloseTo(d3(value), 9);
  });

  it('maps a domain of NaN to the middle of the range rather than to NaN', () => {
    expect(linearScale([Number.NaN, 1], [0, 10])(0.5)).toBe(5);
  });
});
