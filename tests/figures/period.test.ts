import { describe, expect, it } from 'vitest';
import { parsePeriod, periodLabel } from '../../src/figures/period';

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
