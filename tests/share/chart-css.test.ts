import { describe, expect, it } from 'vitest';
import { resolveVars, staticChartCss } from '../../src/share/chart-css';

/** CSS with its layout white space folded, to compare rules rather than formatting. */
const oneLine = (css: string) => css.replace(/\s+/g, ' ').trim();

const palette = new Map([
  ['--ink', '#111'],
  ['--accent', '#0b5c8a'],
  ['--alias', 'var(--accent)'],
]);

describe('resolveVars(value, palette)', () => {
  it.each([
    ['var(--ink)', '#111'],
    ['var( --ink )', '#111'],
    ['1px solid var(--ink)', '1px solid #111'],
    ['var(--alias)', '#0b5c8a'],
    ['var(--missing, red)', 'red'],
    ['none', 'none'],
  ])('%j → %j', (value, resolved) => {
    expect(resolveVars(value, palette)).toBe(resolved);
  });

  it('names an undefined custom property', () => {
    expect(() => resolveVars('var(--nope)', palette)).toThrow(
      'CSS uses var(--nope), which the palette does not define',
    );
  });
});

describe('staticChartCss(styles, palette)', () => {
  it('keeps SVG presentation, resolves colours and drops motion, layout and interaction', () => {
    const { css } = staticChartCss(
      [
        '.bar { fill: var(--ink); transition: fill 1s; cursor: pointer; stroke-width: 2px }',
        '.bar:focus-visible { stroke: red } .instant :global(*) { transition: none }',
        '@keyframes appear { from { opacity: 0 } } @media (min-width: 40rem) { .bar { fill: blue } }',
        '.label, .value:hover { font-size: 14px; font-family: var(--font-ui, sans-serif) }',
        '.empty { display: block; outline: none }',
      ],
      palette,
    );
    expect(oneLine(css)).toBe(
      '.bar { fill: #111; stroke-width: 2px } .label { font-size: 14px } .empty { display: block }',
    );
  });

  it('reports transform origins by selector, with their box', () => {
    const { origins, css } = staticChartCss(
      ['.fill, .other { transform-box: fill-box; transform-origin: left center; fill: var(--accent) }'],
      palette,
    );
    expect(origins).toEqual([
      { selector: '.fill', box: 'fill-box', origin: 'left center' },
      { selector: '.other', box: 'fill-box', origin: 'left center' },
    ]);
    expect(oneLine(css)).toBe('.fill, .other { fill: #0b5c8a }');
  });

  it('is empty for no styles', () => {
    expect(staticChartCss([], palette)).toEqual({ css: '', origins: [] });
  });
});
