import { describe, expect, it } from 'vitest';
import { wrapText } from '../../src/share/wrap-text';

// One unit a character makes widths easy to reason about.
const measure = (text: string) => text.length;

describe('wrapText(text, measure, maxWidth, maxLines)', () => {
  it.each([
    ['', 10, 3, []],
    ['   ', 10, 3, []],
    ['short', 10, 3, ['short']],
    ['one two three four', 9, 3, ['one two', 'three', 'four']],
    ['one  two\nthree', 20, 3, ['one two three']],
    ['unbreakableword ok', 5, 3, ['unbreakableword', 'ok']],
    ['one two three four five six', 9, 2, ['one two', 'three…']],
    ['sent out over 20 billion kWh to Beijing', 16, 2, ['sent out over 20', 'billion kWh…']],
    ['the line was built to carry over 20 billion kWh', 22, 1, ['the line was built…']],
    // Chinese breaks between characters, never before closing punctuation nor between a number and its unit.
    ['全区规模以上工业增加值同比增长', 6, 3, ['全区规模以上', '工业增加值同', '比增长']],
    ['建成17处，在建10处', 5, 4, ['建成', '17处，在', '建10处']],
    ['去年投资超2762亿元', 8, 2, ['去年投资超', '2762亿元']],
    ['同比增长7.2%，高于全国平均水平', 8, 2, ['同比增长', '7.2%，高于…']],
    ['Kingdomway (金达威药业) project', 16, 2, ['Kingdomway (金达威药', '业) project']],
  ])('%j at width %i in %i lines', (text, width, lines, expected) => {
    expect(wrapText(text, measure, width, lines)).toEqual(expected);
  });

  it('never returns a line wider than the limit unless one word is', () => {
    const lines = wrapText('a bb ccc dddd eeeee ffffff', measure, 7, 10);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(7);
  });
});
