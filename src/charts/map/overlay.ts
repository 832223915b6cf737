import { textWidth } from '../shared/text';
import type { Point, Zoom } from './layout';
import type { MapArc, MapPlace, MapStep } from './map';

/** Sizes of the marks drawn over the map, in screen px whatever the map's scale. */
export const OVERLAY_METRICS = { fontSize: 12, lineHeight: 15, dot: 3, arrowLength: 9, arrowWidth: 8, gap: 3, halo: 3 };

/** A label placed on the map: its box's left edge and vertical middle, in map view units. */
export interface OverlayLabel {
  key: string;
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A schematic line as drawn in the view: the curve (ending at its arrowhead's base), the arrowhead, and its middle. */
export interface OverlayArc {
  id: string;
  d: string;
  arrow: string;
  start: Point;
  end: Point;
  middle: Point;
  line: MapArc;
}

/** Everything drawn over the base map for one step at one width, in the map's view units. */
export interface MapOverlay {
  /** View units per screen px: text and marks are sized with it so they read the same at 320 px and 700 px. */
  unit: number;
  fontSize: number;
  arcs: OverlayArc[];
  dots: { id: string; x: number; y: number; r: number }[];
  labels: OverlayLabel[];
  /** Line labels that found no free space, for the key beneath the map. */
  unplaced: string[];
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Where a base-map point lands in a view. */
export function inView(point: Point, zoom: Zoom): Point {
  return [zoom.x + zoom.k * point[0], zoom.y + zoom.k * point[1]];
}

/** Two decimals are far below a pixel and keep the overlay's paths short. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** Lays out a step's lines, dots and labels over a `size` map shown `width` px wide; labels that would collide are left off. */
export function mapOverlay(step: Pick<MapStep, 'zoom' | 'highlight' | 'lines' | 'points'>, size: { width: number; height: number }, width: number): MapOverlay {
  const m = OVERLAY_METRICS;
  const unit = size.width / Math.max(width, 1);
  const fontSize = m.fontSize * unit;
  const lineHeight = m.lineHeight * unit;
  const gap = m.gap * unit;
  const taken: Box[] = [];
  const labels: OverlayLabel[] = [];
  const unplaced: string[] = [];
  const inside = (box: Box) => box.x0 >= 0 && box.y0 >= 0 && box.x1 <= size.width && box.y1 <= size.height;

  const arcs = step.lines.map((line): OverlayArc => {
    const a = inView(line.from.anchor, step.zoom);
    const c = inView(line.control, step.zoom);
    const b = inView(line.to.anchor, step.zoom);
    const tangent = Math.hypot(b[0] - c[0], b[1] - c[1]) || 1;
    const [ux, uy] = [(b[0] - c[0]) / tangent, (b[1] - c[1]) / tangent];
    // A line between neighbours is shorter than an arrowhead; keep the head to a third of it.
    const length = Math.min(m.arrowLength * unit, Math.hypot(b[0] - a[0], b[1] - a[1]) / 3);
    const half = (length * m.arrowWidth) / m.arrowLength / 2;
    const base: Point = [b[0] - ux * length, b[1] - uy * length];
    const arrow = [b, [base[0] - uy * half, base[1] + ux * half], [base[0] + uy * half, base[1] - ux * half]]
      .map(([x, y]) => `${round(x!)},${round(y!)}`)
      .join(' ');
    const middle: Point = [(a[0] + 2 * c[0] + b[0]) / 4, (a[1] + 2 * c[1] + b[1]) / 4];
    taken.push({ x0: b[0] - length, y0: b[1] - length, x1: b[0] + length, y1: b[1] + length });
    return {
      id: line.id,
      d: `M${round(a[0])},${round(a[1])}Q${round(c[0])},${round(c[1])} ${round(base[0])},${round(base[1])}`,
      arrow,
      start: a,
      end: b,
      middle,
      line,
    };
  });

  const dotted = new Map<string, MapPlace>();
  for (const line of step.lines) dotted.set(line.from.id, line.from);
  for (const point of step.points) dotted.set(point.id, point);
  const dots = [...dotted.values()].map((place) => {
    const [x, y] = inView(place.anchor, step.zoom);
    const r = m.dot * unit;
    taken.push({ x0: x - r - gap, y0: y - r - gap, x1: x + r + gap, y1: y + r + gap });
    return { id: place.id, x, y, r };
  });

  // Tries each candidate box in turn; the first that stays on the map and clear of every other mark wins.
  const place = (key: string, text: string, candidates: ((w: number) => Point)[]): boolean => {
    const w = textWidth(text, m.fontSize) * unit;
    for (const candidate of candidates) {
      const [x, y] = candidate(w);
      const box = { x0: x, y0: y - lineHeight / 2, x1: x + w, y1: y + lineHeight / 2 };
      if (inside(box) && !taken.some((other) => overlaps(box, other))) {
        taken.push({ x0: box.x0 - gap, y0: box.y0 - gap / 2, x1: box.x1 + gap, y1: box.y1 + gap / 2 });
        labels.push({ key, text, x, y, width: w, height: lineHeight });
        return true;
      }
    }
    return false;
  };
  // Labels keep clear of a dot, or of the arrowhead that ends on a line's destination.
  const arrowEnds = new Set(step.lines.map((line) => line.to.id));
  const aroundDot = (id: string, [x, y]: Point): ((w: number) => Point)[] => {
    const clear = (arrowEnds.has(id) && !dotted.has(id) ? m.arrowLength : m.dot) * unit + gap;
    return [
      () => [x + clear, y],
      (w) => [x - clear - w, y],
      (w) => [x - w / 2, y - clear - lineHeight / 2],
      (w) => [x - w / 2, y + clear + lineHeight / 2],
    ];
  };

  const named = new Set<string>();
  for (const region of step.highlight) {
    const anchor = inView(region.anchor, step.zoom);
    const around = aroundDot(region.id, anchor);
    const candidates = dotted.has(region.id) || arrowEnds.has(region.id) ? around : [(w: number): Point => [anchor[0] - w / 2, anchor[1]], ...around];
    if (place(`region-${region.id}`, region.name, candidates)) named.add(region.id);
  }
  for (const region of [...step.lines.flatMap((line) => [line.from, line.to]), ...step.points]) {
    if (named.has(region.id)) continue;
    named.add(region.id);
    place(`region-${region.id}`, region.name, aroundDot(region.id, inView(region.anchor, step.zoom)));
  }
  for (const arc of arcs) {
    const text = arc.line.label;
    if (!text) continue;
    // The label sits on the outside of the bow, or failing that inside it.
    const [mx, my] = [(arc.start[0] + arc.end[0]) / 2, (arc.start[1] + arc.end[1]) / 2];
    const bow = Math.hypot(arc.middle[0] - mx, arc.middle[1] - my) || 1;
    const [nx, ny] = [(arc.middle[0] - mx) / bow, (arc.middle[1] - my) / bow];
    const beside = (sign: number) => (w: number): Point => {
      const reach = Math.abs(nx) * (w / 2) + Math.abs(ny) * (lineHeight / 2) + gap;
      return [arc.middle[0] + sign * nx * reach - w / 2, arc.middle[1] + sign * ny * reach];
    };
    if (!place(`line-${arc.id}`, text, [beside(1), beside(-1)])) unplaced.push(`${arc.line.from.name} → ${arc.line.to.name}: ${text}`);
  }
  return { unit, fontSize, arcs, dots, labels, unplaced };
}

/** A view-unit point as px in the frame, for anchoring tooltips. */
export function toPixels(point: Point, size: { width: number }, width: number): Point {
  const scale = width / size.width;
  return [point[0] * scale, point[1] * scale];
}

/** Where a base-map anchor lands in a step's view, in px, for anchoring a tooltip. */
export function anchorPixels(place: MapPlace, zoom: Zoom, size: { width: number }, width: number): Point {
  return toPixels(inView(place.anchor, zoom), size, width);
}
