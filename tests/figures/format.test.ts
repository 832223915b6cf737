import { describe, expect, it } from 'vitest';
import { formatFigure, formatQuantity } from '../../src/figures/format';

describe('formatQuantity(value, unit)', () => {
  it.each([
    ['5500', '亿千瓦时', '550 billion kWh'],
    ['5500', '亿 千瓦时', '550 billion kWh'],
    ['1000', '万千瓦', '10 GW'],
    ['4000', '万千瓦', '40 GW'],
    ['1.5', '亿千瓦', '150 GW'],
    ['50', '万千瓦', '500 MW'],
    ['600', '千瓦', '600 kW'],
    ['200', '兆瓦', '200 MW'],
    ['800', '千伏', '800 kV'],
    ['1000', '千伏', '1 MV'],
    ['2762', '亿元', '276.2 billion yuan'],
    ['1869.2', '亿元', '186.92 billion yuan'],
    ['1.4', '万亿元', '1.4 trillion yuan'],
    ['23629', '元', '23,629 yuan'],
    ['2', '万元', '20,000 yuan'],
    ['0.46', '亿元', '46 million yuan'],
    ['368', '万平方米', '3.68 million m²'],
    ['984.69', '万平方米', '9.8469 million m²'],
    ['5000', '平方米', '5,000 m²'],
    ['156.83', '万亩', '1.5683 million mu'],
    ['12', '亩', '12 mu'],
    ['30', '公顷', '30 hectares'],
    ['5', '公里', '5 km'],
    ['10', '万吨', '100,000 tonnes'],
    ['35', '蒸吨', '35 steam tonnes'],
    ['7.2', '%', '7.2%'],
    ['35.0', '%', '35.0%'],
    ['15', '％', '15%'],
    ['1.0', '个百分点', '1.0 percentage point'],
    ['4.2', '个百分点', '4.2 percentage points'],
    ['1', '个百分点', '1 percentage point'],
    ['16.5', '倍', '16.5 times'],
    ['7', '位', '7th'],
    ['2', '第', '2nd'],
    ['3.73', '亿立方米', '373 million m³'],
    ['2', '万P', '20,000 PFLOPS'],
    ['1', '位', '1st'],
    ['2', '位', '2nd'],
    ['3', '位', '3rd'],
    ['11', '位', '11th'],
    ['22', '位', '22nd'],
    ['15', '分钟', '15 minutes'],
    ['1', '年', '1 year'],
    ['21', '个', '21'],
    ['3.43', '万人', '34,300'],
    ['650', '个', '650'],
    ['1.4', '万亿', '1.4 trillion'],
    ['2', '亿', '200 million'],
    ['七', '项', '7'],
    ['二十一', '个', '21'],
    ['0', '个', '0'],
    ['1∶3', '∶', '1:3'],
    ['1∶2.5', '∶', '1:2.5'],
    ['100', 'MW', '100 MW'],
    ['3', '个月', '3 months'],
    ['6', '小时', '6 hours'],
    ['7', '章', '7'],
    ['五六', '分钟', '5 or 6 minutes'],
    ['一两', '个', '1 or 2'],
  ])('formats %s %s as %s', (value, unit, expected) => {
    expect(formatQuantity(value, unit)).toBe(expected);
  });

  it.each([
    ['', '%'],
    ['NaN', '%'],
    ['1,000', '个'],
    ['7.2', '斤'],
  ])('refuses %j %j', (value, unit) => {
    expect(() => formatQuantity(value, unit)).toThrow();
  });
});

describe('formatFigure(figure)', () => {
  it.each([
    [{ value: '7.2', unit: '%', kind: 'growth' }, '7.2%'],
    [{ value: '2.1', unit: '%', kind: 'growth', direction: 'down' }, 'down 2.1%'],
    [{ value: '1.4', unit: '万亿元', kind: 'level', qualifier: 'nearly' }, 'nearly 1.4 trillion yuan'],
    [{ value: '5500', unit: '亿千瓦时', kind: 'cumulative', qualifier: 'over' }, 'over 550 billion kWh'],
    [{ value: '6', unit: '%', kind: 'target', qualifier: 'about' }, 'about 6%'],
    // 增长16.5倍: a rise by 16.5 times, so 17.5 times the base.
    [{ value: '16.5', unit: '倍', kind: 'growth' }, 'up by 16.5 times, to 17.5× the earlier level'],
    [{ value: '3', unit: '倍', kind: 'growth' }, 'up by 3 times, to 4× the earlier level'],
    [{ value: '2', unit: '倍', kind: 'multiple' }, '2 times'],
    [{ value: '1∶3', unit: '∶', kind: 'target', qualifier: 'at least' }, 'at least 1:3'],
    // 位 counts people (10位院士) and places in a ranking (上升24位) as well as ranks (第1位).
    [{ value: '10', unit: '位', kind: 'level' }, '10'],
    [{ value: '百', unit: '位', kind: 'level', qualifier: 'over' }, 'over 100'],
    [{ value: '1', unit: '位', kind: 'rank' }, '1st'],
    [{ value: '1', unit: '位', kind: 'target' }, '1st'],
    // A hedge applies to the number, so it follows the direction and qualifies both parts of 增长N倍.
    [
      { value: '3', unit: '倍', kind: 'growth', qualifier: 'nearly' },
      'up by nearly 3 times, to nearly 4× the earlier level',
    ],
    [
      { value: '0.5', unit: '倍', kind: 'growth', qualifier: 'over' },
      'up by over 0.5 times, to over 1.5× the earlier level',
    ],
    [{ value: '1.6', unit: '%', kind: 'target', qualifier: 'about', direction: 'down' }, 'down about 1.6%'],
    [{ value: '2', unit: '%', kind: 'growth', qualifier: 'at least', direction: 'down' }, 'down at least 2%'],
    [{ value: '4.5', unit: '%', kind: 'growth', qualifier: 'nearly', direction: 'up' }, 'nearly 4.5%'],
    [{ value: '5200', unit: '亿元', kind: 'cumulative', qualifier: 'at least' }, 'at least 520 billion yuan'],
    [{ value: '10', unit: '蒸吨', kind: 'level', qualifier: 'up to' }, 'up to 10 steam tonnes'],
  ] as const)('formats %j as %s', (figure, expected) => {
    expect(formatFigure(figure)).toBe(expected);
  });
});
