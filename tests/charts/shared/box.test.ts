import { describe, expect, it } from 'vitest';
import { overlaps, segmentCrosses } from '../../../src/charts/shared/box';

describe('overlaps(a, b, pad)', () => {
  it.each([
    [{ x: 0, y: 0, width: 10, height: 10 }, { x: 5, y: 5, width: 10, height: 10 }, 0, true],
    [{ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 0, width: 10, height: 10 }, 0, false],
    [{ x: 0, y: 0, width: 10, height: 10 }, { x: 11, y: 0, width: 10, height: 10 }, 2, true],
    [{ x: 0, y: 0, width: 10, height: 10 }, { x: 0, y: 20, width: 10, height: 10 }, 2, false],
  ])('%j and %j with pad %d → %s', (a, b, pad, expected) => {
    expect(overlaps(a, b, pad)).toBe(expected);
  });
});

describe('segmentCrosses(box, x1, y1, x2, y2)', () => {
  const box = { x: 10, y: 10, width: 10, height: 10 };
  it.each([
    [0, 0, 30, 30, true],
    [0, 15, 30, 15, true],
    [0, 0, 30, 0, false],
    [0, 30, 5, 0, false],
    [12, 12, 14, 14, true],
    [15, 0, 15, 5, false],
  ])('(%d, %d)–(%d, %d) → %s', (x1, y1, x2, y2, expected) => {
    expect(segmentCrosses(box, x1, y1, x2, y2)).toBe(expected);
  });
});
