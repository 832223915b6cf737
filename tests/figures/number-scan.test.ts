import { describe, expect, it } from 'vitest';
import { scanNumbers } from '../../src/figures/number-scan';

/** The scan of `text`, as "text value unit [ordinal] [date]" strings. */
const scan = (text: string) =>
  scanNumbers(text).map(
    (n) => `${n.text} ${n.value} ${n.unit || '-'}${n.ordinal ? ' ordinal' : ''}${n.date ? ' date' : ''}`,
  );

describe('scanNumbers(text)', () => {
  it.each([
    ['an amount with a scale', '完成1869.2亿元、', ['1869.2亿元 1869.2 亿元']],
    ['a percentage and a point gap', '增长7.2%，高于全国1.0个百分点', ['7.2% 7.2 %', '1.0个百分点 1.0 个百分点']],
    ['a full-width percent sign', '达到15％以上', ['15％ 15 ％']],
    ['a count with 万 and a counter', '惠及3.43万户', ['3.43万户 3.43 万户']],
    ['a hedge between number and counter', '20余家企业、300多个项目', ['20余家 20 家', '300多个 300 个']],
    ['a hedge after the scale', '1.2万余户', ['1.2万余户 1.2 万户']],
    ['a shortened unit in a pair', '44.1个和27.8个百分点', ['44.1个 44.1 个', '27.8个百分点 27.8 个百分点']],
    ['the longest unit that reads', '外送5500亿千瓦时', ['5500亿千瓦时 5500 亿千瓦时']],
    ['a Chinese numeral before a counter', '两个国际陆港', ['两个 两 个']],
    ['a Chinese numeral of tens', '二十一项', ['二十一项 二十一 项']],
    ['an ordinal rank', '排名第1位', ['第1位 1 位 ordinal']],
    ['a rank with no unit after it', '居全国第2。', ['第2 2 - ordinal']],
    ['a Chinese ordinal with a counter', '第十九次会议', ['第十九次 十九 次 ordinal']],
    ['a range, as two numbers', '3-5年', ['3-5年 3 年', '3-5年 5 年']],
    ['a ratio, as one number', '不低于1∶3。', ['1∶3 1∶3 ∶']],
    ['a bare number', '5G基站', ['5 5 -']],
    ['a number split by white space only once squeezed', '增长7.4%', ['7.4% 7.4 %']],
  ])('reads %s', (_case, text, expected) => {
    expect(scan(text)).toEqual(expected);
  });

  it.each([
    ['a year', '2023年', ['2023年 2023 年 date']],
    ['a span of months', '1-5月', ['1-5月 1 - date', '1-5月 5 - date']],
    ['a month and day', '7月1日', ['7月 7 - date', '1日 1 - date']],
    ['a span of years', '2021-2023年', ['2021-2023年 2021 年 date', '2021-2023年 2023 年 date']],
  ])('marks %s as a date', (_case, text, expected) => {
    expect(scan(text)).toEqual(expected);
  });

  it.each([
    ['a duration of years is not a date', '3年', ['3年 3 年']],
    ['months counted with 个 are not a date', '5个月', ['5个月 5 个月']],
    ['13 before 月 is not a month', '13月', ['13 13 -']],
    ['an ordinal year is not a date', '第2024年', ['第2024年 2024 年 ordinal']],
  ])('%s', (_case, text, expected) => {
    expect(scan(text)).toEqual(expected);
  });

  it.each([
    ['一 as the article "a"', '一批项目、一个中心'],
    ['零 beginning a word', '核心零部件'],
    ['两位数, "double-digit"', '两位数增长'],
    ['a Chinese numeral with no counter', '十四五规划、三农'],
    ['a plan name with a Chinese numeral before a non-unit', '五大任务'],
  ])('finds no number in %s', (_case, text) => {
    expect(scan(text)).toEqual([]);
  });

  it('reads a long number once, never its tail again', () => {
    expect(scanNumbers('共12345件').map((n) => n.value)).toEqual(['12345']);
  });

  it('gives offsets that cover the whole token, 第 included', () => {
    const text = '全市排名第1位。';
    const [rank] = scanNumbers(text);
    expect(text.slice(rank!.start, rank!.end)).toBe('第1位');
  });
});
