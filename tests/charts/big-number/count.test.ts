import { describe, expect, it } from 'vitest';
import { countBetween } from '../../../src/charts/big-number/count';

describe('countBetween(from, to)', () => {
  it.each([
    ['11.8%', '3.3%', 0.5, '7.6%'],
    ['40 GW', '150 GW', 0.5, '95 GW'],
    ['1,000 MW', '3,000 MW', 0.25, '1,500 MW'],
    ['up 2.0%', 'up 51.3%', 0, 'up 2.0%'],
    ['11.8%', '3.3%', 1, '3.3%'],
    ['1,200,000 kW', '2,500,000 kW', 0.5, '1,850,000 kW'],
    ['900 t', '12,000 t', 0.1, '2,010 t'],
    ['5000 t', '9000 t', 0.5, '7000 t'],
    ['0.25 GW', '1.75 GW', 0.5, '1.00 GW'],
    ['99.5%', '100.0%', 0.5, '99.8%'],
  ])('counts from %j to %j, at %d printing %j', (from, to, progress, expected) => {
    expect(countBetween(from, to)!(progress)).toBe(expected);
  });

  it.each([
    ['different units', '11.8%', '40 GW'],
    ['different words', 'up 3%', 'down 3%'],
    ['the same value', '3.3%', '3.3%'],
    ['no number', 'first', '3.3%'],
    ['two numbers', '1 or 2', '3 or 4'],
    ['an ordinal', '1st', '2nd'],
  ])('does not count between %s', (_name, from, to) => {
    expect(countBetween(from, to)).toBeUndefined();
  });
});
