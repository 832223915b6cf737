import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from '../../../src/charts/shared/text';

describe('textWidth(text, fontSize)', () => {
  it.each([
    ['', 0],
    ['abcd', 4 * 0.56 * 10],
    ['中文', 20],
    ['a中', 0.56 * 10 + 10],
    ['51.3%', (3 * 0.64 + 0.32 + 0.95) * 10],
    ['a b', (2 * 0.56 + 0.32) * 10],
    ['Ab', (0.7 + 0.56) * 10],
  ])('measures %j', (text, expected) => {
    expect(textWidth(text, 10)).toBeCloseTo(expected, 6);
  });

  it('measures bold text a tenth wider', () => {
    expect(textWidth('51.3%', 10, true)).toBeCloseTo(textWidth('51.3%', 10) * 1.1, 6);
  });
});

describe('wrapText(text, width, fontSize)', () => {
  it.each([
    ['', 100, []],
    ['   ', 100, []],
    ['Mining', 100, ['Mining']],
    ['All manufacturing and mining', 80, ['All', 'manufacturing', 'and mining']],
    ['Supercalifragilistic', 60, ['Supercalif', 'ragilistic']],
    ['Hohhot–Baotou–Ordos bases', 82, ['Hohhot–Baotou–', 'Ordos bases']],
    ['Wind/solar/storage', 70, ['Wind/solar/', 'storage']],
    ['a', 1, ['a']],
  ])('wraps %j at %i px', (text, width, expected) => {
    expect(wrapText(text, width, 10)).toEqual(expected);
  });
});
