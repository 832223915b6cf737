import type { Element, ElementContent, Root } from 'hast';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { BAR_METRICS } from '../../src/charts/bars/layout';
import { LINE_METRICS } from '../../src/charts/line/layout';
import { PROGRESS_METRICS } from '../../src/charts/progress/layout';
import { PROPORTION_METRICS } from '../../src/charts/proportion/layout';
import { textWidth } from '../../src/charts/shared/text';
import { UNIT_METRICS } from '../../src/charts/units/layout';

/** A scale then a translation, in the SVG's user units: what the charts' translate and scale transforms compose to. */
export interface Placement {
  sx: number;
  sy: number;
  tx: number;
  ty: number;
}

/** A `<text>` as drawn: its words, classes, and the box it takes in the SVG's viewBox units. */
export interface PlacedText {
  text: string;
  classes: string[];
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The px size of each SVG chart's text, by class, as its stylesheet sets it and its layout assumes; map labels carry their own. */
export const TEXT_SIZES: Record<string, Record<string, number>> = {
  bars: { label: BAR_METRICS.labelSize, value: BAR_METRICS.valueSize },
  line: { tick: LINE_METRICS.tickSize, value: LINE_METRICS.valueSize, 'point-label': LINE_METRICS.labelSize },
  map: {},
  proportion: {
    label: PROPORTION_METRICS.labelSize,
    value: PROPORTION_METRICS.valueSize,
    detail: PROPORTION_METRICS.detailSize,
  },
  progress: {
    label: PROGRESS_METRICS.labelSize,
    value: PROGRESS_METRICS.valueSize,
    detail: PROGRESS_METRICS.detailSize,
    'line-label': PROGRESS_METRICS.detailSize,
  },
  units: { 'label-text': UNIT_METRICS.labelSize },
};

const IDENTITY: Placement = { sx: 1, sy: 1, tx: 0, ty: 0 };
const FUNCTION = /([a-zA-Z]+)\(([^)]*)\)/g;

/** An element's classes. */
export function classesOf(element: Element): string[] {
  return ((element.properties.className as string[] | undefined) ?? []).map(String);
}

/** The words of the key under a chart, white space collapsed as a browser shows it; empty without a key. */
export function chartKey(tree: Root): string {
  const key = select('.chart-key', tree);
  return key ? toString(key).replace(/\s+/g, ' ').trim() : '';
}

/** The chart's `<svg>` and the width and height its viewBox gives. */
export function chartSvg(tree: Root): { svg: Element; width: number; height: number } {
  const svg = select('svg', tree);
  if (!svg) throw new Error('The rendered chart has no <svg>');
  const [, , width, height] = String(svg.properties.viewBox).split(/\s+/).map(Number);
  return { svg, width: width!, height: height! };
}

/** `inner` placed inside `outer`. */
function compose(outer: Placement, inner: Placement): Placement {
  return {
    sx: outer.sx * inner.sx,
    sy: outer.sy * inner.sy,
    tx: outer.tx + outer.sx * inner.tx,
    ty: outer.ty + outer.sy * inner.ty,
  };
}

/** Reads the translate and scale functions the charts use, in CSS (`translate(4px, 2px)`) or SVG (`translate(4 2)`). */
function parseTransform(transform: string): Placement {
  let placement = IDENTITY;
  for (const [, name, raw] of transform.matchAll(FUNCTION)) {
    const [a = 0, b] = raw!
      .split(/[\s,]+/)
      .filter(Boolean)
      .map((arg) => Number(arg.replace(/px$/, '')));
    const step: Record<string, Placement> = {
      translate: { ...IDENTITY, tx: a, ty: b ?? 0 },
      translateX: { ...IDENTITY, tx: a },
      translateY: { ...IDENTITY, ty: a },
      scale: { ...IDENTITY, sx: a, sy: b ?? a },
      scaleX: { ...IDENTITY, sx: a },
      scaleY: { ...IDENTITY, sy: a },
    };
    if (!step[name!]) throw new Error(`Cannot place text under the transform "${transform}"`);
    placement = compose(placement, step[name!]!);
  }
  return placement;
}

/** The scale and translation an element's own transform attribute and CSS transform add, about 0,0. */
export function placementOf(element: Element): Placement {
  const attribute = element.properties.transform ? parseTransform(String(element.properties.transform)) : IDENTITY;
  const css = /(?:^|;)\s*transform:\s*([^;]+)/.exec(String(element.properties.style ?? ''))?.[1];
  return compose(attribute, css ? parseTransform(css) : IDENTITY);
}

/** Every `<text>` under `root` with the box it is drawn in; `sizes` gives px sizes by class (see TEXT_SIZES). */
export function placedTexts(root: Element, sizes: Readonly<Record<string, number>>): PlacedText[] {
  // There is no browser here: text is measured as the chart layouts measure it, an average advance per character.
  const texts: PlacedText[] = [];
  const walk = (node: ElementContent, outer: Placement) => {
    if (node.type !== 'element') return;
    // Only elements that hold others are placed: a leaf mark's own transform (a waffle cell's scaleX around its left
    // edge, not around 0,0) moves nothing else.
    if (node.tagName !== 'text') {
      if (!node.children.some((child) => child.type === 'element')) return;
      const placement = compose(outer, placementOf(node));
      for (const child of node.children) walk(child, placement);
      return;
    }
    const placement = compose(outer, placementOf(node));
    const classes = classesOf(node);
    const text = toString(node);
    const size = Number(node.properties.fontSize ?? classes.map((name) => sizes[name]).find(Boolean));
    if (!size) throw new Error(`No font size for <text class="${classes.join(' ')}">${text}</text>`);
    const width = textWidth(text, size);
    const x = Number(node.properties.x ?? 0);
    const y = Number(node.properties.y ?? 0);
    const anchor = String(node.properties.textAnchor ?? 'start');
    const start = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x;
    // A Latin line's ink runs from about 0.75 em above its baseline to 0.25 em below; "central" centres it on y.
    const [above, below] = node.properties.dominantBaseline === 'central' ? [0.5, 0.5] : [0.75, 0.25];
    texts.push({
      text,
      classes,
      left: placement.tx + placement.sx * start,
      right: placement.tx + placement.sx * (start + width),
      top: placement.ty + placement.sy * (y - above * size),
      bottom: placement.ty + placement.sy * (y + below * size),
    });
  };
  for (const child of root.children) walk(child, IDENTITY);
  return texts;
}

/** The texts of `texts` that reach outside a `width` × `height` viewBox, each with its box, for a failure message. */
export function outside(texts: readonly PlacedText[], width: number, height: number): PlacedText[] {
  const slack = 0.5;
  return texts.filter(
    (text) => text.left < -slack || text.top < -slack || text.right > width + slack || text.bottom > height + slack,
  );
}
