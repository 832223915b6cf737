import { describe, expect, it } from 'vitest';
import { formatDate, isoDate } from '../../src/lib/format-date';

describe('formatDate(date)', () => {
  it.each([
    ['2024-07-02T00:00:00Z', '2 July 2024'],
    ['2024-08-22T00:00:00Z', '22 August 2024'],
    // The calendar day is the UTC one, so a build in any time zone prints the same date.
    ['2024-01-01T23:30:00Z', '1 January 2024'],
  ])('formats %s as %s', (input, expected) => {
    expect(formatDate(new Date(input))).toBe(expected);
  });

  it('refuses an invalid date', () => {
    expect(() => formatDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('isoDate(date)', () => {
  it('gives the calendar day as YYYY-MM-DD', () => {
    expect(isoDate(new Date('2024-07-02T00:00:00Z'))).toBe('2024-07-02');
  });

  it('refuses an invalid date', () => {
    expect(() => isoDate(new Date('not a date'))).toThrow(RangeError);
  });
});
