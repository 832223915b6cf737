import { describe, expect, it } from 'vitest';
import { decimalToString, parseDecimal, printedDecimals, shift, toNumber } from '../../src/figures/decimal';

describe('parseDecimal(text)', () => {
  it.each([
    ['5500', { negative: false, digits: '5500', exponent: 0 }],
    ['35.0', { negative: false, digits: '350', exponent: -1 }],
    ['-2.1', { negative: true, digits: '21', exponent: -1 }],
    ['0.46', { negative: false, digits: '046', exponent: -2 }],
  ])('reads %s exactly', (text, expected) => {
    expect(parseDecimal(text)).toEqual(expected);
  });

  it.each(['', ' ', 'NaN', '1,000', '1e5', '.5', '5.', '+3', '７'])('rejects %j', (text) => {
    expect(() => parseDecimal(text)).toThrow(SyntaxError);
  });
});

describe('decimalToString(value, minDecimals)', () => {
  it.each([
    ['5500', 8, 0, '550000000000'],
    ['5500', -1, 0, '550'],
    ['2762', -1, 0, '276.2'],
    ['0.46', 2, 0, '46'],
    ['3.43', 4, 0, '34300'],
    ['35.0', 0, 1, '35.0'],
    ['35.0', 0, 0, '35'],
    ['-2.1', 0, 0, '-2.1'],
    ['0.05', -3, 0, '0.00005'],
  ])('%s × 10^%i with %i decimals is %s', (text, places, decimals, expected) => {
    expect(decimalToString(shift(parseDecimal(text), places), decimals)).toBe(expected);
  });
});

describe('printedDecimals(text)', () => {
  it.each([
    ['7', 0],
    ['7.2', 1],
    ['35.0', 1],
    ['57.17', 2],
  ])('%s has %i', (text, expected) => {
    expect(printedDecimals(text)).toBe(expected);
  });
});

describe('toNumber(value)', () => {
  it('converts without binary artefacts for printed values', () => {
    expect(toNumber(shift(parseDecimal('1869.2'), 8))).toBe(186920000000);
    expect(toNumber(parseDecimal('0.1'))).toBe(0.1);
  });
});
