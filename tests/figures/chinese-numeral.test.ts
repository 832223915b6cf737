import { describe, expect, it } from 'vitest';
import { chineseNumeral } from '../../src/figures/chinese-numeral';

describe('chineseNumeral(text)', () => {
  it.each([
    ['七', 7],
    ['四', 4],
    ['两', 2],
    ['十', 10],
    ['十五', 15],
    ['二十一', 21],
    ['一百零五', 105],
    ['三千', 3000],
    ['〇', 0],
  ])('reads %s as %i', (text, expected) => {
    expect(chineseNumeral(text)).toBe(expected);
  });

  it.each(['', '7', '万', '七x'])('rejects %j', (text) => {
    expect(() => chineseNumeral(text)).toThrow(SyntaxError);
  });
});
