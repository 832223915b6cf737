import { describe, expect, it } from 'vitest';
import { roundDecimals, snapshotMarkup } from './chart-markup';

describe('roundDecimals(value)', () => {
  it.each([
    ['235.1999999999999', '235.2'],
    ['translate(-489.33800390498675px, -5.736292583801969px)', 'translate(-489.338px, -5.73629px)'],
    ['M521.4 430l-2.4-1.3-.6 .9', 'M521.4 430l-2.4-1.3-.6 .9'],
    ['0 0 400 110', '0 0 400 110'],
    ['/sources/nmg-daily-economy-2024-07-02/#p-001fdac95a', '/sources/nmg-daily-economy-2024-07-02/#p-001fdac95a'],
  ])('%j → %j', (value, expected) => {
    expect(roundDecimals(value)).toBe(expected);
  });
});

describe('snapshotMarkup(html)', () => {
  it('drops hydration comments and scoping classes, rounds attribute decimals, and puts one element on a line', async () => {
    const html =
      '<!--[--><figure class="chart svelte-tz4oiu instant"><figcaption class="svelte-tz4oiu">It\'s A &amp; B</figcaption>' +
      '<svg viewBox="0 0 400 110" class="svelte-185eg2t"><!--[--><g class="bar svelte-1sb153g" style="transform: translateY(8.000000000001px);">' +
      '<text class="label svelte-1sb153g" x="0">A</text> <path d="M1.5-.6L235.1999999999999,2" style="d: path(\'M1.5-.6\');"></path>' +
      '</g><!--]--></svg></figure><!--]-->';
    expect(await snapshotMarkup(html)).toBe(
      [
        '<figure class="chart instant">',
        "  <figcaption>It's A &amp; B</figcaption>",
        '  <svg viewBox="0 0 400 110">',
        '    <g class="bar" style="transform: translateY(8px);">',
        '      <text class="label" x="0">A</text>',
        '      <path d="M1.5-.6L235.2,2" style="d: path(\'M1.5-.6\');"></path>',
        '    </g>',
        '  </svg>',
        '</figure>',
        '',
      ].join('\n'),
    );
  });
});
