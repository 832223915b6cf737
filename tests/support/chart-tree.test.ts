import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { chartKey, chartSvg, classesOf, outside, placedTexts, placementOf } from './chart-tree';

const svgOf = (html: string) => chartSvg(fromHtml(html, { fragment: true }));

describe('chartKey(tree)', () => {
  it.each([
    [
      '<figure><p class="chart-key"><span class="swatch"></span> Lines are schematic.  Inset.\n</p></figure>',
      'Lines are schematic. Inset.',
    ],
    ['<figure><p class="chart-credit">Source: X</p></figure>', ''],
  ])('%j → %j', (html, expected) => {
    expect(chartKey(fromHtml(html, { fragment: true }))).toBe(expected);
  });
});

describe('classesOf(element)', () => {
  it.each([
    ['<svg viewBox="0 0 1 1"><g class="bar highlighted"></g></svg>', ['bar', 'highlighted']],
    ['<svg viewBox="0 0 1 1"><g></g></svg>', []],
  ])('%j → %j', (html, expected) => {
    expect(classesOf(select('g', svgOf(html).svg)!)).toEqual(expected);
  });
});

describe('chartSvg(tree)', () => {
  it('finds the chart and its viewBox size inside the frame', () => {
    const { svg, width, height } = svgOf('<figure><div><svg viewBox="0 0 400 110"></svg></div></figure>');
    expect([svg.tagName, width, height]).toEqual(['svg', 400, 110]);
  });

  it('names a rendering with no SVG', () => {
    expect(() => chartSvg(fromHtml('<figure></figure>', { fragment: true }))).toThrow(
      'The rendered chart has no <svg>',
    );
  });
});

describe('placementOf(element)', () => {
  it.each([
    ['style="transform: translate(10px, 20px) scale(2);"', { sx: 2, sy: 2, tx: 10, ty: 20 }],
    ['style="transform: translateY(8px);"', { sx: 1, sy: 1, tx: 0, ty: 8 }],
    ['style="transform: scaleX(0.475); opacity: 1;"', { sx: 0.475, sy: 1, tx: 0, ty: 0 }],
    ['transform="translate(4 2)" style="transform: translateX(1px)"', { sx: 1, sy: 1, tx: 5, ty: 2 }],
    ['', { sx: 1, sy: 1, tx: 0, ty: 0 }],
  ])('%s', (attributes, expected) => {
    const { svg } = svgOf(`<svg viewBox="0 0 1 1"><g ${attributes}></g></svg>`);
    expect(placementOf(select('g', svg)!)).toEqual(expected);
  });

  it('refuses a transform it cannot place text under', () => {
    const { svg } = svgOf('<svg viewBox="0 0 1 1"><g style="transform: rotate(4deg)"></g></svg>');
    expect(() => placementOf(select('g', svg)!)).toThrow('Cannot place text under the transform "rotate(4deg)"');
  });
});

describe('placedTexts(root, sizes)', () => {
  it('boxes each text through its parents’ translations and scales, from its anchor and baseline', () => {
    // "abc" at 10 px is 18 px wide by the layouts' measure; centred on x = 5, then scaled 2× and moved (10, 20).
    const { svg } = svgOf(
      '<svg viewBox="0 0 100 50"><g style="transform: translate(10px, 20px)"><g transform="scale(2)">' +
        '<text class="a" x="5" y="10" text-anchor="middle">abc</text></g></g>' +
        '<text font-size="20" dominant-baseline="central" y="10">ab</text></svg>',
    );
    expect(placedTexts(svg, { a: 10 })).toEqual([
      { text: 'abc', classes: ['a'], left: expect.closeTo(2), right: expect.closeTo(38), top: 25, bottom: 45 },
      { text: 'ab', classes: [], left: 0, right: expect.closeTo(25), top: 0, bottom: 20 },
    ]);
  });

  it('needs a size for every text', () => {
    const { svg } = svgOf('<svg viewBox="0 0 1 1"><text class="b">x</text></svg>');
    expect(() => placedTexts(svg, { a: 10 })).toThrow('No font size for <text class="b">x</text>');
  });
});

describe('outside(texts, width, height)', () => {
  const box = (left: number, right: number, top: number, bottom: number) => ({
    text: 't',
    classes: [],
    left,
    right,
    top,
    bottom,
  });
  it.each([
    [box(0, 100, 0, 50), false],
    [box(-0.4, 100.4, -0.4, 50.4), false],
    [box(-1, 50, 10, 20), true],
    [box(10, 101, 10, 20), true],
    [box(10, 20, -1, 20), true],
    [box(10, 20, 10, 51), true],
  ])('%j in 100 × 50: outside is %s', (text, expected) => {
    expect(outside([text], 100, 50)).toEqual(expected ? [text] : []);
  });
});
