import { describe, expect, it } from 'vitest';
import { darkPaletteFrom, paletteFrom } from '../../src/lib/palette';

describe('paletteFrom(css)', () => {
  it('reads the custom properties of the first top-level :root rule only', () => {
    const css =
      ':root { --ink: #111; --font: a,\n  b; color: red }\n@media (prefers-color-scheme: dark) { :root { --ink: #eee } }\n:root { --late: 1 }';
    expect([...paletteFrom(css)]).toEqual([
      ['--ink', '#111'],
      ['--font', 'a, b'],
    ]);
  });

  it.each(['', 'body { color: red }', '@media print { :root { --ink: #000 } }'])(
    'refuses a sheet with no top-level :root: %j',
    (css) => {
      expect(() => paletteFrom(css)).toThrow(/no top-level :root rule/);
    },
  );
});

describe('darkPaletteFrom(css)', () => {
  it('lays the dark :root custom properties over the light ones', () => {
    const css = `:root { --bg: #fff; --ink: #111; --font: a,\n b; color: red }
      @media (prefers-color-scheme: dark) { :root { --bg: #000; --ink:   #eee } body { --ink: red } }`;
    expect(Object.fromEntries(darkPaletteFrom(css))).toEqual({ '--bg': '#000', '--ink': '#eee', '--font': 'a, b' });
  });

  it('reads a dark scheme query combined with others', () => {
    const css = ':root { --bg: #fff } @media screen and (prefers-color-scheme:dark) { :root { --bg: #000 } }';
    expect(darkPaletteFrom(css).get('--bg')).toBe('#000');
  });

  it.each([
    ':root { --bg: #fff }',
    ':root { --bg: #fff } @media (prefers-color-scheme: light) { :root { --bg: #eee } }',
    ':root { --bg: #fff } @media (prefers-color-scheme: dark) { body { --bg: #000 } }',
  ])('refuses a sheet with no dark :root: %j', (css) => {
    expect(() => darkPaletteFrom(css)).toThrow(/no :root rule inside @media \(prefers-color-scheme: dark\)/);
  });

  it('refuses a sheet with no light palette under it', () => {
    expect(() => darkPaletteFrom('@media (prefers-color-scheme: dark) { :root { --bg: #000 } }')).toThrow(
      /no top-level :root rule/,
    );
  });
});
