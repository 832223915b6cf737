import { describe, expect, it } from 'vitest';
import { sourceCredit, sourceDate } from '../../src/sources/cite';

describe('sourceDate(date)', () => {
  it.each([
    ['2024-08-22', '22 August 2024'],
    ['2024-07-02', '2 July 2024'],
    ['2024-01', 'January 2024'],
    ['2023', '2023'],
  ])('reads %s as %s', (date, expected) => {
    expect(sourceDate(date)).toBe(expected);
  });
});

describe('sourceCredit(source)', () => {
  it('names the publisher and date', () => {
    expect(sourceCredit({ publisher: "Hohhot Municipal People's Government", date: '2024-08-22' })).toBe(
      "Hohhot Municipal People's Government, 22 August 2024",
    );
  });
});
