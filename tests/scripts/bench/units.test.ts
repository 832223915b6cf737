import { describe, expect, it } from 'vitest';
import { count, kb, millis, MISSING, ratio, score, seconds, shift } from '../../../scripts/bench/units.ts';

describe.each<[string, (value: number) => string, [number, string][]]>([
  [
    'kb(bytes)',
    kb,
    [
      [0, '0.0'],
      [1024, '1.0'],
      [12_646, '12.3'],
      [1_048_576, '1024.0'],
    ],
  ],
  [
    'seconds(ms)',
    seconds,
    [
      [0, '0.00 s'],
      [1499.4, '1.50 s'],
      [1500, '1.50 s'],
      [1902.4, '1.90 s'],
    ],
  ],
  [
    'millis(ms)',
    millis,
    [
      [0, '0 ms'],
      [49.6, '50 ms'],
      [52.5, '53 ms'],
    ],
  ],
  [
    'score(value)',
    score,
    [
      [100, '100'],
      [98, '98'],
      [0, '0'],
    ],
  ],
  [
    'shift(value)',
    shift,
    [
      [0, '0'],
      [0.2595, '0.26'],
      [0.0001234, '0.00012'],
      [0.1, '0.1'],
    ],
  ],
  [
    'count(value)',
    count,
    [
      [0, '0'],
      [42, '42'],
    ],
  ],
  [
    'ratio(value)',
    ratio,
    [
      [1, '1.00×'],
      [1.0449, '1.04×'],
      [0.987, '0.99×'],
    ],
  ],
])('%s', (_name, format, cases) => {
  it.each(cases)('shows %s as %s', (value, expected) => {
    expect(format(value)).toBe(expected);
  });

  it.each([NaN, Infinity])(`shows %s as ${MISSING}`, (value) => {
    expect(format(value)).toBe(MISSING);
  });
});
