import { describe, expect, it } from 'vitest';
import { statesFiles } from '../../src/browser/live-chart';

describe('statesFiles(attribute)', () => {
  it.each([
    [
      '320 /charts/a.json 400 /charts/b.json 480 /charts/c.json',
      [
        [320, '/charts/a.json'],
        [400, '/charts/b.json'],
        [480, '/charts/c.json'],
      ],
    ],
    ['320 /base/charts/a.json', [[320, '/base/charts/a.json']]],
    ['', []],
    // A width without its file is no file.
    ['320', []],
  ] as const)('reads %j', (attribute, expected) => {
    expect([...statesFiles(attribute)]).toEqual(expected);
  });
});
