import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { s } from 'hastscript';
import type { StaticCss } from './chart-css';
import { svgTransform, type Origin } from './css-transform';

/** A chart's SVG ready for a static renderer: its layout size and a self-contained `<svg>` element. */
export interface StaticSvg {
  width: number;
  height: number;
  svg: Element;
}

// Declarations that mean nothing to a static picture: layout, and geometry the attributes already give.
const STYLE_ONLY = new Set(['max-width', 'd', 'x', 'y', 'width', 'height']);

const KEYWORD: Record<string, number> = { left: 0, top: 0, center: 0.5, right: 1, bottom: 1 };

/** Reads a numeric attribute of an element, 0 when absent. */
function numberAttr(element: Element, name: string): number {
  const value = Number(element.properties[name] ?? 0);
  if (!Number.isFinite(value))
    throw new Error(`<${element.tagName}> has a non-numeric ${name}: ${String(element.properties[name])}`);
  return value;
}

/** The point of `element` that a CSS transform-origin names, in user units, for the boxes these charts use. */
export function originOf(element: Element, box: string, origin: string): Origin {
  const words = origin.trim().split(/\s+/);
  const [fx, fy] = [KEYWORD[words[0]!], KEYWORD[words[1] ?? 'center']];
  if (fx === undefined || fy === undefined)
    throw new Error(`transform-origin "${origin}": only left, center, right, top and bottom are supported`);
  if (box !== 'fill-box' || element.tagName !== 'rect') {
    throw new Error(
      `transform-origin "${origin}" on <${element.tagName}> in ${box}: only a <rect>'s fill-box is supported`,
    );
  }
  const [x, y, width, height] = ['x', 'y', 'width', 'height'].map((name) => numberAttr(element, name)) as [
    number,
    number,
    number,
    number,
  ];
  return { x: x + fx * width, y: y + fy * height };
}

/** Splits an inline style into declarations, keeping their order. */
function declarations(style: string): [string, string][] {
  return style
    .split(';')
    .map((part) => part.split(/:(.*)/s).map((half) => half.trim()))
    .filter(([prop, value]) => prop && value)
    .map(([prop, value]) => [prop!, value!]);
}

/**
 * Finds the chart's `<svg>` in server-rendered chart HTML and makes it self-contained for a static SVG renderer, with
 * `defs` (SVG markup) for the elements its `<use>`s show.
 */
export function staticChartSvg(html: string, { css, origins }: StaticCss, defs?: string): StaticSvg {
  const tree = fromHtml(html, { fragment: true });
  const found = select('svg', tree);
  if (!found) throw new Error('The rendered chart has no <svg> element');
  const viewBox = String(found.properties.viewBox ?? '')
    .split(/[\s,]+/)
    .map(Number);
  const [width, height] = [viewBox[2], viewBox[3]];
  if (viewBox.length !== 4 || !(width! > 0) || !(height! > 0))
    throw new Error(`The chart's <svg> has no usable viewBox: "${String(found.properties.viewBox)}"`);

  const originFor = new Map<Element, Origin>();
  for (const rule of origins) {
    for (const element of selectAll(rule.selector, found, 'svg'))
      originFor.set(element, originOf(element, rule.box, rule.origin));
  }
  // CSS transforms are where these charts place their marks; a static renderer reads only the SVG attribute.
  for (const element of selectAll('[style]', found, 'svg')) {
    const kept: string[] = [];
    for (const [prop, value] of declarations(String(element.properties.style))) {
      if (prop === 'transform') element.properties.transform = svgTransform(value, originFor.get(element));
      // Geometry the browser animates through CSS is also in the element's attributes; custom properties only drive motion.
      else if (!STYLE_ONLY.has(prop) && !prop.startsWith('--')) kept.push(`${prop}: ${value}`);
    }
    if (kept.length > 0) element.properties.style = kept.join('; ');
    else delete element.properties.style;
  }

  const children = found.children.filter(
    (child): child is ElementContent =>
      !(child.type === 'element' && (child.tagName === 'title' || child.tagName === 'desc')) &&
      child.type !== 'comment',
  );
  // Parsed inside an <svg>, where <path/> closes itself as in an SVG file; outside one, HTML would nest each path in the last.
  const shown =
    defs === undefined ? [] : [s('defs', select('svg', fromHtml(`<svg>${defs}</svg>`, { fragment: true }))!.children)];
  const svg = s('svg', { viewBox: `0 0 ${width} ${height}`, overflow: 'visible' }, [
    s('style', css),
    ...shown,
    ...children,
  ]);
  return { width: width!, height: height!, svg };
}
