import { describe, expect, it } from 'vitest';
import {
  sourceCredit,
  sourceCreditZh,
  sourceDate,
  sourceDateIn,
  sourceDateZh,
  sourceTitle,
} from '../../src/sources/cite';

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

describe('sourceDateZh(date)', () => {
  it.each([
    ['2024-08-22', '2024年8月22日'],
    ['2024-07-02', '2024年7月2日'],
    ['2024-01', '2024年1月'],
    ['2023', '2023年'],
  ])('reads %s as %s', (date, expected) => {
    expect(sourceDateZh(date)).toBe(expected);
  });
});

describe('sourceCreditZh(source)', () => {
  it('names the publisher and date in Chinese', () => {
    expect(sourceCreditZh({ publisher_zh: '呼和浩特市人民政府', date: '2024-08-22' })).toBe(
      '呼和浩特市人民政府，2024年8月22日',
    );
  });
});

describe('sourceDateIn(date, lang)', () => {
  it.each([
    ['2024-08-22', 'en', '22 August 2024'],
    ['2024-08-22', 'zh', '2024年8月22日'],
    ['2024-01', 'zh', '2024年1月'],
  ] as const)('%s in %s → %s', (date, lang, expected) => {
    expect(sourceDateIn(date, lang)).toBe(expected);
  });
});

describe('sourceTitle(source, lang)', () => {
  it.each([
    ['en', 'Work report'],
    ['zh', '政府工作报告'],
  ] as const)('%s → %s', (lang, expected) => {
    expect(sourceTitle({ title_en: 'Work report', title_zh: '政府工作报告' }, lang)).toBe(expected);
  });
});
