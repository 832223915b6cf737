import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { s } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { originOf, staticChartSvg } from '../../src/share/static-svg';

const noCss = { css: '', origins: [] };

describe('staticChartSvg(html, css, defs)', () => {
  it('finds the chart inside its frame and turns CSS transforms into SVG attributes', () => {
    const html =
      '<figure><figcaption>H</figcaption><div><svg viewBox="0 0 400 110" width="100%" style="max-width: 560px;"><title>T</title><desc>D</desc>' +
      '<!--[--><g class="bar" style="transform: translateY(8px);"><rect x="0" y="20" width="235" height="20"></rect></g>' +
      '<path d="M0 0L1 1" style="d: path(\'M0 0L1 1\'); opacity: 0.5"></path></svg></div></figure>';
    const { width, height, svg } = staticChartSvg(html, { css: '.bar { fill: #111 }', origins: [] });
    expect([width, height]).toEqual([400, 110]);
    expect(toHtml(svg, { space: 'svg' })).toBe(
      '<svg viewBox="0 0 400 110" overflow="visible"><style>.bar { fill: #111 }</style>' +
        '<g class="bar" transform="translate(0 8)"><rect x="0" y="20" width="235" height="20"></rect></g>' +
        '<path d="M0 0L1 1" style="opacity: 0.5"></path></svg>',
    );
  });

  it('turns a mark around the transform origin its CSS sets', () => {
    const html =
      '<svg viewBox="0 0 100 50"><rect class="fill" x="10" y="4" width="80" height="20" style="transform: scaleX(0.5); opacity: 1;"></rect></svg>';
    const { svg } = staticChartSvg(html, {
      css: '',
      origins: [{ selector: '.fill', box: 'fill-box', origin: 'left center' }],
    });
    expect(toHtml(svg, { space: 'svg' })).toContain(
      'style="opacity: 1" transform="translate(10 14) scale(0.5 1) translate(-10 -14)"',
    );
  });

  it('puts defs before the chart, for the <use>s that show what the page’s copies fetch from a file', () => {
    const html = '<svg viewBox="0 0 10 10"><use class="province" href="#provinces"></use></svg>';
    const { svg } = staticChartSvg(html, noCss, '<g id="provinces"><path d="M0 0h4v4z"/><path d="M5 5h4v4z"/></g>');
    expect(toHtml(svg, { space: 'svg' })).toBe(
      '<svg viewBox="0 0 10 10" overflow="visible"><style></style>' +
        '<defs><g id="provinces"><path d="M0 0h4v4z"></path><path d="M5 5h4v4z"></path></g></defs>' +
        '<use class="province" href="#provinces"></use></svg>',
    );
  });

  it.each([
    ['<figure><p>No chart</p></figure>', 'The rendered chart has no <svg> element'],
    ['', 'The rendered chart has no <svg> element'],
    ['<svg></svg>', 'no usable viewBox: "undefined"'],
    ['<svg viewBox="0 0 0 10"></svg>', 'no usable viewBox: "0 0 0 10"'],
    ['<svg viewBox="0 0 NaN 10"></svg>', 'no usable viewBox'],
    ['<svg viewBox="0 0 10 10"><g style="transform: rotate(4deg)"></g></svg>', 'rotate() with 1 argument(s)'],
  ])('refuses %j', (html, message) => {
    expect(() => staticChartSvg(html, noCss)).toThrow(message);
  });
});

describe('originOf(element, box, origin)', () => {
  const rect: Element = s('rect', { x: 10, y: 20, width: 100, height: 40 });
  it.each([
    ['left center', { x: 10, y: 40 }],
    ['left', { x: 10, y: 40 }],
    ['right bottom', { x: 110, y: 60 }],
    ['center top', { x: 60, y: 20 }],
  ])('%j of a rect', (origin, point) => {
    expect(originOf(rect, 'fill-box', origin)).toEqual(point);
  });

  it.each([
    [rect, 'fill-box', '10px 4px', 'only left, center, right'],
    [rect, 'view-box', 'left center', "only a <rect>'s fill-box"],
    [s('circle', { r: 3 }), 'fill-box', 'left center', "only a <rect>'s fill-box"],
    [s('rect', { x: 'wide' }), 'fill-box', 'left', 'non-numeric x: wide'],
  ])('refuses %#', (element, box, origin, message) => {
    expect(() => originOf(element, box, origin)).toThrow(message);
  });
});
