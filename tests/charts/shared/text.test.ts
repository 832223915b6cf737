import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from '../../../src/charts/shared/text';

describe('textWidth(text, fontSize, bold)', () => {
  it.each([
    ['', false, 0],
    ['中文', false, 20],
    ['a中', false, 0.61 * 10 + 10],
    ['51.3%', false, (3 * 0.64 + 0.32 + 0.95) * 10],
    ['51.3%', true, (3 * 0.7 + 0.38 + 1) * 10],
    ['é', false, 6],
    ['é', true, 6.6],
  ])('measures %j (bold: %s)', (text, bold, expected) => {
    expect(textWidth(text, 10, bold)).toBeCloseTo(expected, 6);
  });

  // What Chromium's canvas measured of these at 100 px in DejaVu Sans, kerning included, on 2 December 2026.
  it.each([
    ['about 15 minutes', false, 884.1],
    ['about 15 minutes', true, 991.6],
    ["Walking time that sets a living circle's reach", false, 2206.8],
    ['Hohhot–Baotou', true, 861.4],
  ])('measures %j (bold: %s) as the browser draws it, within 1%', (text, bold, drawn) => {
    expect(Math.abs(textWidth(text, 100, bold) - drawn) / drawn).toBeLessThan(0.01);
  });
});

describe('wrapText(text, width, fontSize)', () => {
  it.each([
    ['', 100, []],
    ['   ', 100, []],
    ['Mining', 100, ['Mining']],
    ['All manufacturing and mining', 80, ['All', 'manufacturing', 'and mining']],
    ['Supercalifragilistic', 60, ['Supercalifr', 'agilistic']],
    ['Hohhot–Baotou–Ordos bases', 82, ['Hohhot–Baotou–', 'Ordos bases']],
    ['Wind/solar/storage', 70, ['Wind/solar/', 'storage']],
    ['a', 1, ['a']],
  ])('wraps %j at %i px', (text, width, expected) => {
    expect(wrapText(text, width, 10)).toEqual(expected);
  });
});
