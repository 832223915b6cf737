import { describe, expect, it } from 'vitest';
import { cssLoads, fromSite } from './site-loads';

describe('fromSite(address)', () => {
  it.each([
    ['/fonts/serif.woff2', true],
    ['fonts/serif.woff2', true],
    ['../fonts/serif.woff2', true],
    ['data:font/woff2;base64,AAAA', true],
    ['https://fonts.gstatic.com/s/serif.woff2', false],
    ['//fonts.googleapis.com/css2?family=Serif', false],
    ['http://localhost:4321/fonts/serif.woff2', false],
  ])('%j → %j', (address, expected) => {
    expect(fromSite(address)).toBe(expected);
  });
});

describe('cssLoads(css)', () => {
  it.each([
    [
      '@font-face { font-family: A; src: url(/a.woff2) format("woff2"), url("https://x.test/a.woff") }',
      ['/a.woff2', 'https://x.test/a.woff'],
    ],
    ["@font-face { src: url( 'b.woff2' ) }", ['b.woff2']],
    ['@import url("https://fonts.googleapis.com/css2?family=A");', ['https://fonts.googleapis.com/css2?family=A']],
    ['@import "theme.css" screen;', ['theme.css']],
    ['@media (min-width: 1px) { @font-face { src: url(//x.test/c.woff2) } }', ['//x.test/c.woff2']],
    ['body { background: url(https://x.test/bg.png); font-family: serif }', []],
    ['', []],
  ])('%j → %j', (css, expected) => {
    expect(cssLoads(css)).toEqual(expected);
  });
});
