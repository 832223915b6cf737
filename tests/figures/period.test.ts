import { describe, expect, it } from 'vitest';
import { elapsedShare, parsePeriod, periodLabel } from '../../src/figures/period';

describe('periodLabel(text)', () => {
  it.each([
    ['2023', '2023'],
    ['2024-06', 'June 2024'],
    ['2024-01/2024-05', 'January–May 2024'],
    ['2024-01/2024-06', 'first half of 2024'],
    ['2024-07/2024-12', 'July–December 2024'],
    ['2019/2023', '2019–2023'],
    ['2023-10/2024-06', 'October 2023–June 2024'],
  ])('names %s "%s"', (text, expected) => {
    expect(periodLabel(text)).toBe(expected);
  });
});

describe('parsePeriod(text)', () => {
  it.each(['', '24', '2024-13', '2024-00', '2024-1', 'H1 2024', '2024–2025', '2024-01 / 2024-05'])(
    'rejects %j',
    (text) => {
      expect(() => parsePeriod(text)).toThrow(SyntaxError);
    },
  );

  it('rejects a range that runs backwards', () => {
    expect(() => parsePeriod('2024-06/2024-01')).toThrow(RangeError);
  });
});

describe('elapsedShare(whole, part)', () => {
  it.each([
    ['2024', '2024-01/2024-06', 0.5],
    ['2024', '2024-06', 0.5],
    ['2024', '2024-09', 0.75],
    ['2024', '2024', 1],
    ['2024-07/2024-12', '2024-09', 0.5],
    ['2023/2024', '2023-01/2023-12', 0.5],
  ])('gives the share of %s gone by the end of %s: %d', (whole, part, expected) => {
    expect(elapsedShare(whole, part)).toBe(expected);
  });

  it.each([
    ['2024', '2023-01/2023-06'],
    ['2024', '2025-01'],
    ['2024-07/2024-12', '2024-01/2024-06'],
  ])('is undefined when %s does not hold the end of %s', (whole, part) => {
    expect(elapsedShare(whole, part)).toBeUndefined();
  });
});
