import { describe, expect, it } from 'vitest';
import { calendarDate, calendarDateOrMonth, dateProblem } from '../../src/lib/calendar-date';

describe('dateProblem(text, monthAllowed)', () => {
  it.each(['2024-02-29', '2000-02-29', '2023-12-31', '2024-04-30', '1999-01-01'])(
    'accepts the real date %s',
    (text) => {
      expect(dateProblem(text)).toBeUndefined();
    },
  );

  it.each([
    ['2024-02-30', '2024-02-30 is not a date: February 2024 has 29 days; write YYYY-MM-DD'],
    ['2023-02-29', '2023-02-29 is not a date: February 2023 has 28 days; write YYYY-MM-DD'],
    ['1900-02-29', '1900-02-29 is not a date: February 1900 has 28 days; write YYYY-MM-DD'],
    ['2024-06-31', '2024-06-31 is not a date: June 2024 has 30 days; write YYYY-MM-DD'],
    ['2024-01-00', '2024-01-00 is not a date: January 2024 has 31 days; write YYYY-MM-DD'],
    ['2024-13-45', '2024-13-45 is not a date: there is no month 13; write YYYY-MM-DD'],
    ['2024-00-10', '2024-00-10 is not a date: there is no month 00; write YYYY-MM-DD'],
    ['2024-07', '"2024-07" must be a date written YYYY-MM-DD, e.g. 2024-07-02'],
    ['10/07/2024', '"10/07/2024" must be a date written YYYY-MM-DD, e.g. 2024-07-02'],
    ['2024-07-10T00:00', '"2024-07-10T00:00" must be a date written YYYY-MM-DD, e.g. 2024-07-02'],
  ])('says why %s is not a date', (text, problem) => {
    expect(dateProblem(text)).toBe(problem);
  });

  it.each([
    ['2024-01', undefined],
    ['2024-06-30', undefined],
    ['2024-13', '2024-13 is not a date: there is no month 13; write YYYY-MM-DD or YYYY-MM'],
    ['2024-02-30', '2024-02-30 is not a date: February 2024 has 29 days; write YYYY-MM-DD or YYYY-MM'],
    ['2024', '"2024" must be a date written YYYY-MM-DD or YYYY-MM, e.g. 2024-07-02'],
  ])('with months allowed, judges %s', (text, problem) => {
    expect(dateProblem(text, true)).toBe(problem);
  });
});

describe('calendarDate', () => {
  it('reads a real date as midnight UTC and refuses anything else', () => {
    expect(calendarDate.parse('2024-02-29')).toEqual(new Date('2024-02-29T00:00:00Z'));
    expect(calendarDate.safeParse('2024-02-30').success).toBe(false);
    expect(calendarDate.safeParse(new Date('2024-02-29T00:00:00Z')).success).toBe(false);
    expect(calendarDate.safeParse(20240229).error?.issues[0]?.message).toBe(
      'must be a date written YYYY-MM-DD, e.g. 2024-07-02',
    );
  });
});

describe('calendarDateOrMonth', () => {
  it('keeps a real date or month as written', () => {
    expect(calendarDateOrMonth.parse('2024-01')).toBe('2024-01');
    expect(calendarDateOrMonth.safeParse('2015-11-31').error?.issues[0]?.message).toBe(
      '2015-11-31 is not a date: November 2015 has 30 days; write YYYY-MM-DD or YYYY-MM',
    );
  });
});
