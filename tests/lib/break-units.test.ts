import { describe, expect, it } from 'vitest';
import { breakUnits, joinUnits } from '../../src/lib/break-units';

/** The units of a text as strings, "_" marking those a space stood before. */
const units = (text: string) => breakUnits(text).map((unit) => (unit.spaced ? `_${unit.text}` : unit.text));

describe('breakUnits(text)', () => {
  it.each<[string, string[]]>([
    ['one two  three', ['one', '_two', '_three']],
    ['', []],
    ['增长较快', ['增', '长', '较', '快']],
    // Never before closing punctuation, never after opening punctuation.
    ['增长，较快。', ['增', '长，', '较', '快。']],
    ['“口袋公园”建成', ['“口', '袋', '公', '园”', '建', '成']],
    ['（2023年）', ['（2023年）']],
    // A number keeps its unit, scale and hedge.
    ['超2762亿元', ['超', '2762亿元']],
    ['提高1.0个百分点', ['提', '高', '1.0个百分点']],
    ['5.5%左右的增长', ['5.5%左右', '的', '增', '长']],
    ['1000万千瓦时', ['1000万千瓦时']],
    // A unit-like character after words, not a number, is just a character.
    ['个人消费', ['个', '人', '消', '费']],
    ['Kingdomway (金达威) project', ['Kingdomway', '_(金', '达', '威)', '_project']],
    ['Hohhot–Baotou, 2024', ['Hohhot–Baotou,', '_2024']],
  ])('splits %j into %j', (text, expected) => {
    expect(units(text)).toEqual(expected);
  });
});

describe('joinUnits(units)', () => {
  it.each(['one two three', '全区规模以上工业增加值同比增长7.2%，高于全国', 'Kingdomway (金达威) project'])(
    'rejoins %j as it was, white space squeezed',
    (text) => {
      expect(joinUnits(breakUnits(text))).toBe(text);
    },
  );
});
