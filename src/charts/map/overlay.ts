import type { Box as NoteBox } from '../shared/box';
import { ANNOTATION_METRICS, type AnnotationSpace } from '../shared/place-annotations';
import { roundPx } from '../shared/round-px';
import { CJK, textWidth } from '../shared/text';
import { inView, type Point, type Zoom } from './layout';
import type { MapArc, MapPlace, MapStep } from './map';

/** Sizes of the marks drawn over the map, in screen px whatever the map's scale. */
export const OVERLAY_METRICS = {
  fontSize: 13,
  lineHeight: 16,
  dot: 3,
  arrowLength: 9,
  arrowWidth: 8,
  gap: 3,
  halo: 3,
  line: 2,
  /** The background-coloured edge each side of a line and its arrowhead, so it reads across a lit region. */
  casing: 1.5,
  lineHit: 14,
};

// A name goes inside a region when it would cover no more than this share of the region's bounding box.
const INSIDE_SHARE = 0.4;

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
  control: Point;
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
  /** Regions whose names found no free space (at 320 px, crowded eastern provinces), for the key beneath the map. */
  unplacedRegions: string[];
  /** Line labels that found no free space, for the key beneath the map. */
  unplacedLines: string[];
  /** Straight pieces (x1, y1, x2, y2) along every drawn line, for what must keep off the lines. */
  pieces: [number, number, number, number][];
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The point at `t` (0 to 1) along the quadratic curve from a to b bent towards c. */
function bezier(a: Point, c: Point, b: Point, t: number): Point {
  const [p, q, r] = [(1 - t) * (1 - t), 2 * t * (1 - t), t * t];
  return [p * a[0] + q * c[0] + r * b[0], p * a[1] + q * c[1] + r * b[1]];
}

/** Points along a quadratic curve no more than `step` apart (its control polygon is longer than the curve). */
function curvePoints(a: Point, c: Point, b: Point, step: number): Point[] {
  const count = Math.max(
    2,
    Math.ceil((Math.hypot(c[0] - a[0], c[1] - a[1]) + Math.hypot(b[0] - c[0], b[1] - c[1])) / step),
  );
  return Array.from({ length: count + 1 }, (_, i) => bezier(a, c, b, i / count));
}

/** Whether two boxes overlap. */
function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** Lays out a step's lines, dots and labels over a `size` map shown `width` px wide; names that would collide go to the key. */
export function mapOverlay(
  step: Pick<MapStep, 'zoom' | 'highlight' | 'lines' | 'points'>,
  size: { width: number; height: number },
  width: number,
): MapOverlay {
  const m = OVERLAY_METRICS;
  const unit = size.width / Math.max(width, 1);
  const fontSize = m.fontSize * unit;
  const lineHeight = m.lineHeight * unit;
  const gap = m.gap * unit;
  const taken: Box[] = [];
  const labels: OverlayLabel[] = [];
  const unplacedLines: string[] = [];
  // Points along every drawn line, a couple of px apart, so labels can keep off the lines.
  const curves: Point[] = [];
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
      .map(([x, y]) => `${roundPx(x!)},${roundPx(y!)}`)
      .join(' ');
    const middle = bezier(a, c, b, 0.5);
    taken.push({ x0: b[0] - length, y0: b[1] - length, x1: b[0] + length, y1: b[1] + length });
    curves.push(...curvePoints(a, c, base, 2 * unit));
    return {
      id: line.id,
      d: `M${roundPx(a[0])},${roundPx(a[1])}Q${roundPx(c[0])},${roundPx(c[1])} ${roundPx(base[0])},${roundPx(base[1])}`,
      arrow,
      start: a,
      control: c,
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
    // Half a gap of room, so a label set a full gap off its own dot is clear of it.
    taken.push({ x0: x - r - gap / 2, y0: y - r - gap / 2, x1: x + r + gap / 2, y1: y + r + gap / 2 });
    return { id: place.id, x, y, r };
  });

  // Tries each candidate box in turn; the first that stays on the map and clear of every other label, dot and arrowhead
  // wins, preferring boxes off the lines. A place's name is set semibold and, when nothing else fits, may cross a line
  // (its halo keeps it legible); a line's label is regular italic (the regular advances) and never crosses a line.
  const place = (
    key: string,
    text: string,
    candidates: ((w: number) => Point)[],
    kind: 'name' | 'line',
    avoid: readonly Box[] = [],
  ): boolean => {
    const w = textWidth(text, m.fontSize, kind === 'name') * unit;
    const boxes = candidates.map((candidate) => {
      const [x, y] = candidate(w);
      return { x, y, box: { x0: x, y0: y - lineHeight / 2, x1: x + w, y1: y + lineHeight / 2 } };
    });
    const free = boxes.filter(({ box }) => inside(box) && ![...taken, ...avoid].some((other) => overlaps(box, other)));
    const clear = free.find(
      ({ box }) => !curves.some(([px, py]) => px > box.x0 && px < box.x1 && py > box.y0 && py < box.y1),
    );
    const chosen = clear ?? (kind === 'name' ? free[0] : undefined);
    if (!chosen) return false;
    const { x, y, box } = chosen;
    taken.push({ x0: box.x0 - gap, y0: box.y0 - gap / 2, x1: box.x1 + gap, y1: box.y1 + gap / 2 });
    labels.push({ key, text, x, y, width: w, height: lineHeight });
    return true;
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
      () => [x + clear * 0.7, y - clear * 0.7 - lineHeight / 2],
      (w) => [x - clear * 0.7 - w, y - clear * 0.7 - lineHeight / 2],
      () => [x + clear * 0.7, y + clear * 0.7 + lineHeight / 2],
      (w) => [x - clear * 0.7 - w, y + clear * 0.7 + lineHeight / 2],
    ];
  };

  // Highlighted regions first, then line ends and points; a region named twice is labelled once.
  const regions = new Map<string, MapPlace>();
  for (const region of [...step.highlight, ...step.lines.flatMap((line) => [line.from, line.to]), ...step.points]) {
    if (!regions.has(region.id)) regions.set(region.id, region);
  }
  // A point well inside each lit region, with half a line of room: a name there would name the wrong shape. (Boxes
  // would be too coarse: Inner Mongolia's spans half of north China, and Hebei's holds Beijing and Tianjin.)
  const litMiddles = new Map(
    step.highlight.map((region) => {
      const [x, y] = inView(region.anchor, step.zoom);
      const r = lineHeight / 2;
      return [region.id, { x0: x - r, y0: y - r, x1: x + r, y1: y + r }];
    }),
  );
  const unplacedRegions: string[] = [];
  for (const region of regions.values()) {
    const [ax, ay] = inView(region.anchor, step.zoom);
    const [[x0, y0], [x1, y1]] = region.extent.map((corner) => inView(corner, step.zoom)) as [Point, Point];
    const fits =
      Math.min(textWidth(region.name, m.fontSize, true) * unit, x1 - x0) * Math.min(lineHeight, y1 - y0) <=
      INSIDE_SHARE * (x1 - x0) * (y1 - y0);
    const marked = dotted.has(region.id) || arrowEnds.has(region.id);
    const sides: ((w: number) => Point)[] = [() => [x1 + gap, ay], (w) => [x0 - gap - w, ay]];
    const ends: ((w: number) => Point)[] = [
      (w) => [ax - w / 2, y0 - gap - lineHeight / 2],
      (w) => [ax - w / 2, y1 + gap + lineHeight / 2],
    ];
    // A lit region too small for its name is named beside its shape, which the name would otherwise hide; a marked
    // one above or below, in line with its dot or arrowhead, as a name to one side would lie across its neighbours.
    // Never over another lit region's middle, where it would name the wrong shape: its own middle is better.
    const outside = litMiddles.has(region.id) && !fits ? (marked ? [...ends, ...sides] : [...sides, ...ends]) : [];
    const others = [...litMiddles].filter(([id]) => id !== region.id).map(([, box]) => box);
    const around = aroundDot(region.id, [ax, ay]);
    const name = (candidates: ((w: number) => Point)[], avoid?: Box[]) =>
      place(`region-${region.id}`, region.name, candidates, 'name', avoid);
    // A region with no mark of its own is named across its middle, by preference when the name fits there; failing
    // that, near it but off other lit regions, or in the key. A marked one is named beside its dot or arrowhead.
    const placed =
      name(outside, others) ||
      (marked ? name(around) : name([(w) => [ax - w / 2, ay]], others) || name(around, others));
    if (!placed) unplacedRegions.push(region.full);
  }
  // A line's label set right above or below a place's name would read as that name's second line: it keeps half a
  // line clear of every name, or goes to the key.
  const names = labels.map((label): Box => ({
    x0: label.x,
    y0: label.y - label.height,
    x1: label.x + label.width,
    y1: label.y + label.height,
  }));
  for (const arc of arcs) {
    const text = arc.line.label;
    if (!text) continue;
    const [a, c, b] = [arc.start, arc.control, arc.end];
    // Beside the curve near its middle, on the outside of the bow first; never across a line.
    const beside =
      (t: number, sign: number) =>
      (w: number): Point => {
        const point = bezier(a, c, b, t);
        const [dx, dy] = [
          2 * (1 - t) * (c[0] - a[0]) + 2 * t * (b[0] - c[0]),
          2 * (1 - t) * (c[1] - a[1]) + 2 * t * (b[1] - c[1]),
        ];
        const length = Math.hypot(dx, dy) || 1;
        const outward = (c[0] - (a[0] + b[0]) / 2) * dy - (c[1] - (a[1] + b[1]) / 2) * dx >= 0 ? 1 : -1;
        const [nx, ny] = [(outward * sign * dy) / length, (-outward * sign * dx) / length];
        // Inside the bow the curve bends towards the label; it stands off further there.
        const reach = Math.abs(nx) * (w / 2) + Math.abs(ny) * (lineHeight / 2) + gap + (sign < 0 ? lineHeight / 2 : 0);
        return [point[0] + nx * reach - w / 2, point[1] + ny * reach];
      };
    // Straight left or right of the curve, for a line that runs mostly north–south.
    const level =
      (t: number, sign: number) =>
      (w: number): Point => {
        const [x, y] = bezier(a, c, b, t);
        const reach = gap + lineHeight / 2;
        return [sign > 0 ? x + reach : x - reach - w, y];
      };
    const ts = [0.5, 0.35, 0.65];
    const besides = ts.flatMap((t) => [beside(t, 1), beside(t, -1)]);
    const levels = ts.flatMap((t) => [level(t, 1), level(t, -1)]);
    // Beside a steep line a wide label stands off along the normal by most of its width, far from the curve.
    const steep = Math.abs(b[1] - a[1]) > Math.abs(b[0] - a[0]);
    const candidates = steep ? [...levels, ...besides] : [...besides, ...levels];
    if (!place(`line-${arc.id}`, text, candidates, 'line', names))
      // A Chinese label takes a full-width colon, as the page's own text does.
      unplacedLines.push(`${arc.line.from.name} → ${arc.line.to.name}${CJK.test(text) ? '：' : ': '}${text}`);
  }
  const pieces = arcs.flatMap((arc) => {
    const along = curvePoints(arc.start, arc.control, arc.end, 6 * unit);
    return along
      .slice(1)
      .map((point, i): [number, number, number, number] => [along[i]![0], along[i]![1], point[0], point[1]]);
  });
  return { unit, fontSize, arcs, dots, labels, unplacedRegions, unplacedLines, pieces };
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

/**
 * Where notes on a map tie, in view units: a place's name label (or its anchor when unnamed), a line's middle; by place
 * id and by the figure each shows. A name set beside its shape is offered as the note's caption head. Notes must not
 * cover labels, dots, arrowheads or lit regions, nor lie across a line.
 */
export function mapAnnotationSpace(
  step: Pick<MapStep, 'highlight' | 'lines' | 'points' | 'zoom'>,
  overlay: MapOverlay,
  size: { width: number; height: number },
): AnnotationSpace {
  const anchors = new Map<string, { x: number; y: number }>();
  const labelled = new Map(overlay.labels.map((label) => [label.key, label]));
  /** A region's bounding box in the step's view. */
  const shapeOf = (place: MapPlace): NoteBox => {
    const [[x0, y0], [x1, y1]] = place.extent.map((corner) => inView(corner, step.zoom)) as [Point, Point];
    return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
  };
  const tie = (place: MapPlace) => {
    const label = labelled.get(`region-${place.id}`);
    const [x, y] = inView(place.anchor, step.zoom);
    // Past the name by the tie gap, so a leader starts clear of the text.
    const past = ANNOTATION_METRICS.tieGap * overlay.unit;
    const name = label && { x: label.x, y: label.y - label.height / 2, width: label.width, height: label.height };
    // A name beside its shape can head the note as a caption; one across the shape's middle cannot, or the note would cover the shape.
    const across = name && x >= name.x && x <= name.x + name.width && y >= name.y && y <= name.y + name.height;
    const caption = name && !across ? { name, shape: shapeOf(place) } : undefined;
    // The name's left end too, so a note with no room on its right can tie on its left without a leader across it.
    const also = name && [{ x: name.x - past, y: label.y }];
    const anchor = name ? { x: name.x + name.width + past, y: label.y, caption, also } : { x, y };
    if (!anchors.has(place.id)) anchors.set(place.id, anchor);
    if (place.datum && !anchors.has(place.datum.id)) anchors.set(place.datum.id, anchor);
  };
  for (const place of [...step.highlight, ...step.points, ...step.lines.flatMap((line) => [line.from, line.to])])
    tie(place);
  for (const arc of overlay.arcs) {
    if (arc.line.datum && !anchors.has(arc.line.datum.id))
      anchors.set(arc.line.datum.id, { x: arc.middle[0], y: arc.middle[1] });
  }
  const obstacles: NoteBox[] = [
    ...overlay.labels.map((label) => ({
      x: label.x,
      y: label.y - label.height / 2,
      width: label.width,
      height: label.height,
    })),
    ...overlay.dots.map((dot) => ({ x: dot.x - dot.r, y: dot.y - dot.r, width: 2 * dot.r, height: 2 * dot.r })),
    ...overlay.arcs.map((arc) => {
      const reach = OVERLAY_METRICS.arrowLength * overlay.unit;
      return { x: arc.end[0] - reach, y: arc.end[1] - reach, width: 2 * reach, height: 2 * reach };
    }),
  ];
  return {
    width: size.width,
    height: size.height,
    anchors,
    obstacles,
    segments: overlay.pieces,
    shaded: step.highlight.map(shapeOf),
    unit: overlay.unit,
  };
}
