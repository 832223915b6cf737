import { linearScale } from '../shared/linear-scale';
import { overlaps, segmentCrosses, type Box } from '../shared/box';
import type { AnnotationSpace } from '../shared/place-annotations';
import { textWidth, wrapText } from '../shared/text';
import type { LinePoint } from './line';

/** Sizes of the line chart's parts, in px. */
export const LINE_METRICS = {
  valueSize: 14,
  labelSize: 13,
  tickSize: 13,
  lineHeight: 17,
  radius: 5,
  highlightRadius: 7,
  /** Space between a point and its label, and between labels stacked away from a crowded point. */
  gap: 4,
  top: 4,
  bottom: 4,
  tickGap: 18,
};

/** A point as drawn: its marker, and its label box with the value and any label lines in it. */
export interface PointMark {
  id: string;
  x: number;
  y: number;
  r: number;
  planned: boolean;
  highlighted: boolean;
  label: Box & { lines: string[]; value: string };
  /** Drawn when the label had to move away from its point to avoid another. */
  leader?: { x1: number; y1: number; x2: number; y2: number } | undefined;
}

/** One segment of the line between two neighbouring points; dashed when it leads to or from a target. */
export interface SegmentMark {
  id: string;
  d: string;
  dashed: boolean;
}

/** A time under the plot, such as "2023" or "Jun 2024", centred on its point unless it had to be clamped. */
export interface TickMark {
  id: string;
  x: number;
  y: number;
  text: string;
}

/** The laid-out line chart and the height it needs. */
export interface LineLayout {
  width: number;
  height: number;
  baselineY: number;
  points: PointMark[];
  segments: SegmentMark[];
  ticks: TickMark[];
  /** The straight pieces the line is drawn with, as (x1, y1, x2, y2). */
  pieces: [number, number, number, number][];
}

/** Keeps a box of `size` starting near `start` inside [0, limit]. */
function clamp(start: number, size: number, limit: number): number {
  return Math.max(0, Math.min(start, limit - size));
}

/** The time labels under the plot, thinned from the left so none overlap; the last one always shows. */
function layoutTicks(points: readonly LinePoint[], xs: readonly number[], width: number, y: number): TickMark[] {
  const all = points.map((point, index) => {
    const w = textWidth(point.time.tick, LINE_METRICS.tickSize);
    return { id: point.datum.id, x: clamp(xs[index]! - w / 2, w, width) + w / 2, y, text: point.time.tick, w };
  });
  const kept: typeof all = [];
  const clear = (a: (typeof all)[number], b: (typeof all)[number]) => b.x - b.w / 2 >= a.x + a.w / 2 + 8;
  for (const tick of all) if (kept.length === 0 || clear(kept.at(-1)!, tick)) kept.push(tick);
  const last = all.at(-1);
  if (last && kept.at(-1) !== last) {
    while (kept.length > 0 && !clear(kept.at(-1)!, last)) kept.pop();
    kept.push(last);
  }
  return kept.map(({ id, x, y: tickY, text }) => ({ id, x, y: tickY, text }));
}

/** The box a time label takes under the plot, for what must keep clear of it. */
function tickBox(tick: TickMark): Box {
  const w = textWidth(tick.text, LINE_METRICS.tickSize);
  return { x: tick.x - w / 2, y: tick.y - LINE_METRICS.tickSize, width: w, height: LINE_METRICS.tickSize + 4 };
}

/**
 * Lays out a line over time for a container `width`. Every point gets a direct label; a label that would overlap
 * another label, a marker, a time or the line shifts sideways or to the point's other side, then further away with
 * a leader, so no two labels collide at 320 px. The chart grows in height for labels that had to move.
 */
export function lineLayout(points: readonly LinePoint[], width: number, step = false): LineLayout {
  const m = LINE_METRICS;
  const plotHeight = Math.round(Math.min(240, Math.max(140, width * 0.45)));
  const maxLabelWidth = Math.min(160, Math.max(72, (width / Math.max(points.length, 1)) * 1.6));
  const boxes = points.map((point) => {
    const lines = point.label ? wrapText(point.label, maxLabelWidth, m.labelSize) : [];
    const widths = [textWidth(point.value, m.valueSize, true), ...lines.map((text) => textWidth(text, m.labelSize))];
    return { lines, width: Math.min(width, Math.max(...widths)), height: (lines.length + 1) * m.lineHeight };
  });

  // Leave room at either end for half the end labels, so the first and last points are not pinned to the edges.
  const pad = (box?: { width: number }) =>
    Math.max(m.highlightRadius + 2, Math.min(width * 0.2, (box?.width ?? 0) / 2));
  const times = points.map((point) => point.time.position);
  const [first, last] = [Math.min(...times), Math.max(...times)];
  const x = linearScale([first, last], [pad(boxes[0]), width - pad(boxes.at(-1))]);
  const xs = points.map((_, index) => (times.length > 1 && first !== last ? x(times[index]!) : width / 2));

  const values = [0, ...points.map((point) => point.base)];
  const low = Math.min(...values);
  const high = Math.max(...values);
  const y = linearScale([low, high === low ? low + 1 : high], [plotHeight, 0]);
  const ys = points.map((point) => y(point.base));

  // A segment joins two points: straight, or for a step line across at the first point's level, then up or down.
  // Two points need no curve factory; d3-shape's would bring all its curves into the browser (see README, Load).
  const draw = ([from, to]: [number, number]) => {
    const [x0, y0, x1, y1] = [xs[from]!, ys[from]!, xs[to]!, ys[to]!].map((value) => Math.round(value * 1000) / 1000);
    return step ? `M${x0},${y0}L${x1},${y0}L${x1},${y1}` : `M${x0},${y0}L${x1},${y1}`;
  };
  // Straight pieces of the line, and later of leaders, that labels must not cross: a step goes across, then up or down.
  const linePieces = (at: readonly number[]) =>
    points.slice(1).flatMap((_, i): [number, number, number, number][] => {
      const [x0, y0, x1, y1] = [xs[i]!, at[i]!, xs[i + 1]!, at[i + 1]!];
      return step
        ? [
            [x0, y0, x1, y0],
            [x1, y0, x1, y1],
          ]
        : [[x0, y0, x1, y1]];
    });
  const pieces = linePieces(ys);

  const ticks = layoutTicks(points, xs, width, plotHeight + m.tickGap);
  const obstacles: Box[] = [
    ...points.map((point, index) => {
      const r = point.highlighted ? m.highlightRadius : m.radius;
      return { x: xs[index]! - r, y: ys[index]! - r, width: 2 * r, height: 2 * r };
    }),
    ...ticks.map(tickBox),
  ];
  const crossesLine = (box: Box) => pieces.some(([x0, y0, x1, y1]) => segmentCrosses(box, x0, y0, x1, y1));
  const free = (box: Box) => obstacles.every((other) => !overlaps(box, other, 2)) && !crossesLine(box);
  // A leader runs from the marker's edge to the nearest point of its label's facing edge.
  const leaderTo = (px: number, py: number, r: number, box: Box) => {
    const above = box.y < py;
    return {
      x1: px,
      y1: above ? py - r : py + r,
      x2: Math.min(Math.max(px, box.x), box.x + box.width),
      y2: above ? box.y + box.height : box.y,
    };
  };

  const place = (point: LinePoint, index: number): PointMark => {
    const r = point.highlighted ? m.highlightRadius : m.radius;
    const px = xs[index]!;
    const py = ys[index]!;
    const { lines, width: w, height: h } = boxes[index]!;
    // Peaks label above, dips below; the neighbours decide which the point is.
    const neighbours = [ys[index - 1], ys[index + 1]].filter((value): value is number => value !== undefined);
    const dip = neighbours.length > 0 && neighbours.every((value) => value < py);
    const sides = dip ? (['below', 'above'] as const) : (['above', 'below'] as const);
    // Centred on the point first, then reaching right or left from it, then clear to either side (its leader slanting),
    // so a wide label can dodge the line and other leaders.
    const lefts = [px - w / 2, px - r, px + r - w, px + r + m.gap, px - r - m.gap - w].map((left) =>
      clamp(left, w, width),
    );
    const at = (side: 'above' | 'below', ring: number, left: number): Box => ({
      x: left,
      y: side === 'above' ? py - r - m.gap - h - ring * (h + m.gap) : py + r + m.gap + ring * (h + m.gap),
      width: w,
      height: h,
    });
    // How many labels, markers and times the leader to a box would cross; a box next to its point needs none.
    const crossings = (box: Box) => {
      if (overlaps(box, at(box.y < py ? 'above' : 'below', 0, box.x))) return 0;
      const leader = leaderTo(px, py, r, box);
      return obstacles.filter(
        (other, which) => which !== index && segmentCrosses(other, leader.x1, leader.y1, leader.x2, leader.y2),
      ).length;
    };
    const candidates: Box[] = [];
    for (let ring = 0; ring <= 2 * points.length + ticks.length; ring++) {
      for (const side of sides) for (const left of lefts) candidates.push(at(side, ring, left));
    }
    // Past every ring, above or below everything placed so far is always clear of boxes and the line.
    const taken = [
      ...obstacles.flatMap((box) => [box.y, box.y + box.height]),
      ...pieces.flatMap(([, y0, , y1]) => [y0, y1]),
    ];
    for (const y of [Math.min(0, ...taken) - m.gap - h, Math.max(...taken) + m.gap]) {
      for (const left of lefts) candidates.push({ x: left, y, width: w, height: h });
    }
    // The nearest clear place whose leader crosses nothing; failing that, the one whose leader crosses least.
    const usable = candidates.filter(free);
    let chosen = usable.at(-1)!;
    let fewest = Infinity;
    for (const box of usable) {
      const count = crossings(box);
      if (count < fewest) [chosen, fewest] = [box, count];
      if (count === 0) break;
    }
    const near = overlaps(chosen, at(chosen.y < py ? 'above' : 'below', 0, chosen.x));
    obstacles.push(chosen);
    const leader = near ? undefined : leaderTo(px, py, r, chosen);
    if (leader) pieces.push([leader.x1, leader.y1, leader.x2, leader.y2]);
    return {
      id: point.datum.id,
      x: px,
      y: py,
      r,
      planned: point.planned,
      highlighted: point.highlighted,
      label: { ...chosen, lines, value: point.value },
      leader,
    };
  };
  // Highlighted points choose their label's place first, so the story's point is the one labelled beside it.
  const order = points
    .map((_, index) => index)
    .sort((a, b) => Number(points[b]!.highlighted) - Number(points[a]!.highlighted));
  const placed = new Map(order.map((index) => [index, place(points[index]!, index)]));
  const marks = points.map((_, index) => placed.get(index)!);

  // Labels may sit above the plot; shift everything down so the topmost starts at the top margin.
  const top = Math.min(0, ...marks.map((mark) => mark.label.y)) - m.top;
  const bottom = Math.max(
    plotHeight,
    ...marks.map((mark) => mark.label.y + mark.label.height),
    ...ticks.map((tick) => tick.y + 4),
  );
  const shift = -top;
  for (let index = 0; index < ys.length; index++) ys[index] = ys[index]! + shift;
  const segments = points.slice(1).map((point, index) => {
    const before = points[index]!;
    return {
      id: `${before.datum.id}>${point.datum.id}`,
      d: draw([index, index + 1]),
      dashed: before.planned || point.planned,
    };
  });
  return {
    width,
    height: bottom + shift + m.bottom,
    baselineY: y(0) + shift,
    points: marks.map((mark) => ({
      ...mark,
      y: mark.y + shift,
      label: { ...mark.label, y: mark.label.y + shift },
      leader: mark.leader && { ...mark.leader, y1: mark.leader.y1 + shift, y2: mark.leader.y2 + shift },
    })),
    segments,
    ticks: ticks.map((tick) => ({ ...tick, y: tick.y + shift })),
    pieces: linePieces(ys),
  };
}

/** Where notes on the points tie (beside each marker), and what they must not cover: markers, labels, leaders, times and the line. */
export function lineAnnotationSpace(layout: LineLayout): AnnotationSpace {
  const anchors = new Map(layout.points.map((point) => [point.id, { x: point.x + point.r + 1, y: point.y }]));
  const obstacles: Box[] = [
    ...layout.points.flatMap((point) => [
      { x: point.x - point.r, y: point.y - point.r, width: 2 * point.r, height: 2 * point.r },
      point.label,
    ]),
    ...layout.ticks.map(tickBox),
  ];
  const leaders = layout.points.flatMap((point): [number, number, number, number][] =>
    point.leader ? [[point.leader.x1, point.leader.y1, point.leader.x2, point.leader.y2]] : [],
  );
  const baseline: [number, number, number, number] = [0, layout.baselineY, layout.width, layout.baselineY];
  return {
    width: layout.width,
    height: layout.height,
    anchors,
    obstacles,
    segments: [...layout.pieces, ...leaders, baseline],
  };
}
