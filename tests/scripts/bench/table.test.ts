import { describe, expect, it } from 'vitest';
import { markdownTable, textTable } from '../../../scripts/bench/table.ts';

const header = ['page', 'KB', 'LCP'];
const rows = [
  ['/', '12.8', '0.93 s'],
  ['/stories/pocket-parks/', '338.4', '1.06 s'],
];

describe('textTable(header, rows)', () => {
  it('pads each column to its widest cell, the first to the left and the rest to the right', () => {
    expect(textTable(header, rows)).toBe(
      [
        'page                       KB     LCP',
        '----------------------  -----  ------',
        '/                        12.8  0.93 s',
        '/stories/pocket-parks/  338.4  1.06 s',
      ].join('\n'),
    );
  });

  it('is the header and its rule alone with no rows', () => {
    expect(textTable(header, [])).toBe('page  KB  LCP\n----  --  ---');
  });
});

describe('markdownTable(header, rows)', () => {
  it('writes a Markdown table, numbers aligned right', () => {
    expect(markdownTable(header, rows)).toBe(
      [
        '| page | KB | LCP |',
        '| --- | ---: | ---: |',
        '| / | 12.8 | 0.93 s |',
        '| /stories/pocket-parks/ | 338.4 | 1.06 s |',
      ].join('\n'),
    );
  });

  it('escapes a pipe in a cell', () => {
    expect(markdownTable(['a', 'b'], [['x|y', '1']])).toBe('| a | b |\n| --- | ---: |\n| x\\|y | 1 |');
  });

  it('is the header and its rule alone with no rows', () => {
    expect(markdownTable(header, [])).toBe('| page | KB | LCP |\n| --- | ---: | ---: |');
  });
});
