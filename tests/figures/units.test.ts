import { describe, expect, it } from 'vitest';
import { parseUnit } from '../../src/figures/units';

describe('parseUnit(text)', () => {
  it.each([
    ['亿千瓦时', 8, 'energy', 'kWh', 3],
    ['千瓦时', 0, 'energy', 'kWh', 3],
    ['万千瓦时', 4, 'energy', 'kWh', 3],
    ['度', 0, 'energy', 'kWh', 3],
    ['亿度', 8, 'energy', 'kWh', 3],
    ['万千瓦', 4, 'power', 'kW', 3],
    ['亿千瓦', 8, 'power', 'kW', 3],
    ['千瓦', 0, 'power', 'kW', 3],
    ['兆瓦', 0, 'power', 'MW', 6],
    ['MW', 0, 'power', 'MW', 6],
    ['∶', 0, 'ratio', 'ratio', 0],
    ['个月', 0, 'duration', 'months', 0],
    ['千伏', 0, 'voltage', 'kV', 3],
    ['亿元', 8, 'money', 'yuan', 0],
    ['万亿元', 12, 'money', 'yuan', 0],
    ['万元', 4, 'money', 'yuan', 0],
    ['元', 0, 'money', 'yuan', 0],
    ['万平方米', 4, 'area', 'm²', 0],
    ['平方米', 0, 'area', 'm²', 0],
    ['平方公里', 0, 'area', 'km²', 0],
    ['万亩', 4, 'land', 'mu', 0],
    ['亩', 0, 'land', 'mu', 0],
    ['公顷', 0, 'hectares', 'hectares', 0],
    ['公里', 0, 'length', 'km', 0],
    ['千米', 0, 'length', 'km', 0],
    ['万吨', 4, 'mass', 'tonnes', 0],
    ['亿吨', 8, 'mass', 'tonnes', 0],
    ['蒸吨', 0, 'boiler', 'steam tonnes', 0],
    ['万标箱', 4, 'containers', 'TEU', 0],
    ['%', 0, 'percent', '%', 0],
    ['％', 0, 'percent', '%', 0],
    ['万株', 4, 'count', '株', 0],
    ['个百分点', 0, 'points', 'percentage points', 0],
    ['倍', 0, 'times', 'times', 0],
    ['位', 0, 'rank', 'rank', 0],
    ['年', 0, 'duration', 'years', 0],
    ['分钟', 0, 'duration', 'minutes', 0],
    ['个', 0, 'count', '个', 0],
    ['户', 0, 'count', '户', 0],
    ['万户', 4, 'count', '户', 0],
    ['万人次', 4, 'count', '人次', 0],
    ['家', 0, 'count', '家', 0],
    ['列', 0, 'count', '列', 0],
    ['亿', 8, 'count', '', 0],
    ['亿立方米', 8, 'volume', 'm³', 0],
    ['万P', 4, 'compute', 'PFLOPS', 0],
    ['第', 0, 'rank', 'rank', 0],
    ['架次', 0, 'count', '架次', 0],
    ['宗', 0, 'count', '宗', 0],
    ['万', 4, 'count', '', 0],
  ])('parses %s', (text, scale, dimension, base, siExponent) => {
    expect(parseUnit(text)).toEqual({ text, scale, dimension, base, siExponent });
  });

  it.each([
    ['亿 千瓦时', '亿千瓦时'],
    ['万\u3000千瓦', '万千瓦'],
    [' % ', '%'],
  ])('ignores white space, CJK full-width space included: %j', (text, clean) => {
    expect(parseUnit(text).text).toBe(clean);
  });

  it.each([
    ['', 'unit is empty'],
    ['   ', 'unit is empty'],
    ['kWh', 'unknown unit "kWh"'],
    ['斤', 'unknown unit "斤"'],
    ['百万元', 'unknown unit "百万元"'],
    ['万%', 'unknown unit "万%"'],
    ['万个百分点', 'unknown unit'],
    ['亿倍', 'unknown unit'],
  ])('rejects %j', (text, message) => {
    expect(() => parseUnit(text)).toThrow(message);
  });
});
