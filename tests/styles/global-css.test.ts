import { readFileSync } from 'node:fs';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { GLOBAL_CSS } from '../../src/lib/site-palette';
import { contrastRatio } from '../../src/lib/contrast';
import { darkPaletteFrom, paletteFrom } from '../../src/lib/palette';

const css = readFileSync(GLOBAL_CSS, 'utf8');
const SCHEMES = { light: paletteFrom(css), dark: darkPaletteFrom(css) };

// WCAG 1.4.3: text needs 4.5:1 against what it stands on. --focus also colours text (the ?debug step ids).
const TEXT: [string, string][] = [
  ['--ink', '--bg'],
  ['--ink', '--bg-raised'],
  ['--ink-muted', '--bg'],
  ['--ink-muted', '--bg-raised'],
  ['--accent', '--bg'],
  ['--accent', '--bg-raised'],
  ['--focus', '--bg'],
  ['--focus', '--bg-raised'],
  // The skip link; a value written inside a highlighted bar; one written inside a muted bar.
  ['--accent-ink', '--accent'],
  ['--chart-on-highlight', '--chart-highlight'],
  ['--ink', '--chart-muted'],
];

// WCAG 1.4.11: marks a reader must see to understand a chart need 3:1 against the page. --chart-grid is left out: it
// fills only what sets the scene, the provinces a map does not name and a waffle's empty cells, whose share is written
// beside it; and --rule draws dividers, which carry no information.
const MARKS: [string, string][] = [
  ['--chart-highlight', '--bg'],
  ['--chart-muted', '--bg'],
  ['--chart-reference', '--bg'],
  // A highlighted region or waffle cell lies against the scene-setting fill.
  ['--chart-highlight', '--chart-grid'],
];

describe.each(Object.entries(SCHEMES))('the %s palette of src/styles/global.css', (_scheme, palette) => {
  /** A colour of the palette by name; a missing one fails the test that asks for it. */
  const colour = (name: string) => {
    const value = palette.get(name);
    if (value === undefined) throw new Error(`the palette has no ${name}`);
    return value;
  };

  it.each(TEXT)('text in %s on %s reaches 4.5:1', (fore, back) => {
    const ratio = contrastRatio(colour(fore), colour(back));
    expect(ratio, `${fore} ${colour(fore)} on ${back} ${colour(back)}: ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(
      4.5,
    );
  });

  it.each(MARKS)('marks in %s against %s reach 3:1', (mark, back) => {
    const ratio = contrastRatio(colour(mark), colour(back));
    expect(
      ratio,
      `${mark} ${colour(mark)} against ${back} ${colour(back)}: ${ratio.toFixed(2)}:1`,
    ).toBeGreaterThanOrEqual(3);
  });
});

describe(':lang(zh) in src/styles/global.css', () => {
  /** Every declaration of the rules with exactly this selector, by property (with !important where it is). */
  const declarationsOf = (selector: string) => {
    const declarations: Record<string, string> = {};
    postcss.parse(css).walkRules(selector, (rule) => {
      rule.walkDecls((declaration) => {
        declarations[declaration.prop] = declaration.value + (declaration.important ? ' !important' : '');
      });
    });
    return declarations;
  };

  it('sets Chinese in the CJK fonts, upright whatever else styles it, with strict line breaking and room between lines', () => {
    expect(declarationsOf(':where(:lang(zh))')).toMatchObject({
      'font-family': 'var(--font-zh)',
      'line-height': '1.75',
      'line-break': 'strict',
    });
    expect(declarationsOf(':lang(zh)')).toEqual({ 'font-style': 'normal !important' });
  });

  it('sets a Chinese page in the CJK fonts throughout, full-width punctuation and all, and measures it in ideographs', () => {
    expect(declarationsOf(':root:lang(zh)')).toEqual({
      '--font-text': 'var(--font-zh)',
      '--font-ui': 'var(--font-zh)',
      '--measure': '36ic',
    });
  });
});
