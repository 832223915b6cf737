import { describe, expect, it } from 'vitest';
import { roundPx } from '../../../src/charts/shared/round-px';

describe('roundPx(value)', () => {
  it.each([
    [0, 0],
    [12, 12],
    [1.234, 1.23],
    [1.235001, 1.24],
    [-3.456, -3.46],
    [2 / 3, 0.67],
  ])('rounds %d to %d', (value, expected) => {
    expect(roundPx(value)).toBe(expected);
  });
});
