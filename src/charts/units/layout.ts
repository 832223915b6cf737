import type { Box } from '../shared/box';
import type { Annotation } from '../attributes';
import { placeWithRoom, type AnnotationLayout, type AnnotationSpace } from '../shared/place-annotations';
import { roundPx } from '../shared/round-px';
import { textWidth, wrapText } from '../shared/text';
import type { ChartDatum } from '../datum';

/** The most marks a unit chart draws; a larger count reads better as a bar. */
export const MAX_UNITS = 400;

/** One run of marks to draw: its datum, its label, how many marks, and how they look. */
export interface UnitGroup {
  datum: ChartDatum;
  label: string;
  /** The label drawn under the grid, in the page's language: "Built: 17", "Planned: 30 (target)", "建成：17个". */
  name: string;
  /** One mark per unit counted. */
  count: number;
  highlighted: boolean;
  /** A target is a plan, not an outcome: its marks are drawn hollow. */
  hollow: boolean;
}

/** Sizes of the unit chart's parts, in px. */
export const UNIT_METRICS = {
  minSize: 10,
  maxSize: 24,
  labelSize: 14,
  lineHeight: 18,
  labelGap: 6,
  gridGap: 12,
  swatch: 12,
  swatchGap: 6,
  top: 2,
  bottom: 4,
};

/** The grid the marks sit in: mark size, gap between marks, and marks per row. */
export interface UnitGrid {
  size: number;
  gap: number;
  columns: number;
}

/** One mark, keyed by its group and its index in the group so it keeps its place between steps. */
export interface UnitMark {
  key: string;
  x: number;
  y: number;
}

/**
 * A row of a run's marks as drawn: every square in it in one path, so a step that adds or restyles a few hundred marks
 * touches a few rows, not each mark. `order` is the row's place in its run, for filling in reading order.
 */
export interface UnitRow {
  key: string;
  d: string;
  order: number;
}

/** A group as drawn: its run of marks, its wrapped direct label below the grid, and where its tooltip points. */
export interface UnitRun {
  id: string;
  marks: UnitMark[];
  rows: UnitRow[];
  highlighted: boolean;
  hollow: boolean;
  labelY: number;
  /** The whole label, for the run's accessible name; labelLines is how it is drawn. */
  label: string;
  labelLines: string[];
  anchor: { x: number; y: number };
}

/** The laid-out unit chart: the grid, the runs of marks with their labels, and the height it needs. */
export interface UnitsLayout extends UnitGrid {
  width: number;
  height: number;
  runs: UnitRun[];
}

/**
 * The squares of a run's marks, one path per row: rounded like the key's swatch, and for a hollow run inset by 1 px so
 * its 2 px stroke, drawn inside, takes the same room as a solid square.
 */
export function unitRows(id: string, marks: readonly UnitMark[], size: number, hollow: boolean): UnitRow[] {
  const inset = hollow ? 1 : 0;
  const side = size - 2 * inset;
  const r = roundPx(size / 5);
  const edge = roundPx(side - 2 * r);
  // Each square starts at the end of its top edge's left corner and closes back there, so the next one is a relative move.
  const square = `h${edge}a${r},${r} 0 0 1 ${r},${r}v${edge}a${r},${r} 0 0 1 ${-r},${r}h${-edge}a${r},${r} 0 0 1 ${-r},${-r}v${-edge}a${r},${r} 0 0 1 ${r},${-r}z`;
  const rows = new Map<number, UnitMark[]>();
  for (const mark of marks) {
    const row = rows.get(mark.y);
    if (row) row.push(mark);
    else rows.set(mark.y, [mark]);
  }
  return [...rows.values()].map((row, order) => ({
    key: `${id}:${order}`,
    order,
    d: row
      .map((mark, i) =>
        i === 0
          ? `M${roundPx(mark.x + inset + r)},${roundPx(mark.y + inset)}${square}`
          : `m${roundPx(mark.x - row[i - 1]!.x)},0${square}`,
      )
      .join(''),
  }));
}

/** The tallest the grid should grow at a width, so a phone still shows the labels below the marks. */
function maxGridHeight(width: number): number {
  return Math.min(300, Math.max(160, width * 0.6));
}

/**
 * The capacity to size each step's grid for: the most marks among the steps it shares a group with, directly or
 * through other steps, so a mark stays put and keeps its size while steps add or drop groups around it, and
 * unrelated steps size on their own.
 */
export function stepCapacities(steps: readonly (readonly UnitGroup[])[]): number[] {
  const parent = steps.map((_, index) => index);
  const root = (index: number): number => (parent[index] === index ? index : (parent[index] = root(parent[index]!)));
  const firstStepOf = new Map<string, number>();
  steps.forEach((groups, index) => {
    for (const group of groups) {
      const earlier = firstStepOf.get(group.datum.id);
      if (earlier === undefined) firstStepOf.set(group.datum.id, index);
      else parent[root(index)] = root(earlier);
    }
  });
  const most = new Map<number, number>();
  steps.forEach((groups, index) => {
    const total = groups.reduce((all, group) => all + Math.max(0, group.count), 0);
    most.set(root(index), Math.max(most.get(root(index)) ?? 0, total));
  });
  return steps.map((_, index) => most.get(root(index))!);
}

/** The largest mark (10 to 24 px) that fits `capacity` marks across `width` within a height that suits the width. */
export function unitGrid(capacity: number, width: number): UnitGrid {
  const m = UNIT_METRICS;
  const marks = Math.min(MAX_UNITS, Math.max(0, capacity));
  let grid: UnitGrid = { size: m.minSize, gap: 2, columns: 1 };
  for (let size = m.maxSize; size >= m.minSize; size--) {
    const gap = Math.max(2, Math.round(size / 5));
    const cell = size + gap;
    const columns = Math.max(1, Math.floor((width + gap) / cell));
    grid = { size, gap, columns };
    if (Math.ceil(marks / columns) * cell - gap <= maxGridHeight(width)) break;
  }
  return grid;
}

/**
 * Lays out the groups as consecutive runs in one grid wrapping to `width`, with their labels stacked below it.
 * `capacity` comes from `stepCapacities`: sizing the grid for it keeps every mark in place between related steps.
 */
export function unitsLayout(groups: readonly UnitGroup[], width: number, capacity = 0, noteRoom = 0): UnitsLayout {
  const m = UNIT_METRICS;
  // Never draw more than MAX_UNITS marks, whatever reaches the layout: check has told the author already.
  let room = MAX_UNITS;
  const counts = groups.map((group) => {
    const count = Math.min(room, Math.max(0, Math.floor(group.count)));
    room -= count;
    return count;
  });
  const total = counts.reduce((all, count) => all + count, 0);
  const grid = unitGrid(Math.max(capacity, total), width);
  const cell = grid.size + grid.gap;
  const rows = Math.ceil(total / grid.columns);
  // noteRoom opens a band between the grid and its labels for notes that found no room beside their marks.
  let labelY = rows > 0 ? m.top + rows * cell - grid.gap + m.gridGap + noteRoom : m.top;
  let position = 0;
  const runs = groups.map((group, index): UnitRun => {
    const marks = Array.from({ length: counts[index]! }, (_, i): UnitMark => {
      const at = position + i;
      return {
        key: `${group.datum.id}:${i}`,
        x: (at % grid.columns) * cell,
        y: m.top + Math.floor(at / grid.columns) * cell,
      };
    });
    position += marks.length;
    const label = group.name;
    const labelLines = wrapText(label, width - m.swatch - m.swatchGap, m.labelSize);
    const last = marks.at(-1);
    const run = {
      id: group.datum.id,
      marks,
      rows: unitRows(group.datum.id, marks, grid.size, group.hollow),
      highlighted: group.highlighted,
      hollow: group.hollow,
      labelY,
      label,
      labelLines,
      anchor: last ? { x: last.x + grid.size / 2, y: last.y + grid.size + 4 } : { x: 0, y: labelY + m.lineHeight + 4 },
    };
    labelY += labelLines.length * m.lineHeight + m.labelGap;
    return run;
  });
  return { ...grid, width, height: labelY - (runs.length > 0 ? m.labelGap : 0) + m.bottom, runs };
}

/** Where notes on the runs tie (beside each run's last mark, or its label when it has none), and what they must not cover. */
export function unitsAnnotationSpace(layout: UnitsLayout): AnnotationSpace {
  const m = UNIT_METRICS;
  const anchors = new Map(
    layout.runs.map((run) => {
      const last = run.marks.at(-1);
      const labelEnd = m.swatch + m.swatchGap + Math.max(...run.labelLines.map((line) => textWidth(line, m.labelSize)));
      return [
        run.id,
        last
          ? { x: last.x + layout.size + 1, y: last.y + layout.size / 2 }
          : { x: labelEnd + 2, y: run.labelY + m.lineHeight / 2 },
      ];
    }),
  );
  const obstacles: Box[] = layout.runs.flatMap((run) => {
    const rows = new Map<number, { from: number; to: number }>();
    for (const mark of run.marks) {
      const row = rows.get(mark.y);
      rows.set(mark.y, {
        from: Math.min(row?.from ?? mark.x, mark.x),
        to: Math.max(row?.to ?? 0, mark.x + layout.size),
      });
    }
    return [
      ...[...rows].map(([y, { from, to }]) => ({ x: from, y, width: to - from, height: layout.size })),
      ...run.labelLines.map((line, i) => ({
        x: 0,
        y: run.labelY + i * m.lineHeight,
        width: m.swatch + m.swatchGap + textWidth(line, m.labelSize),
        height: m.lineHeight,
      })),
    ];
  });
  return { width: layout.width, height: layout.height, anchors, obstacles };
}

/** The runs with a step's notes placed: when a note finds no room beside its mark, a band opens under the grid for it. */
export function annotatedUnits(
  groups: readonly UnitGroup[],
  width: number,
  capacity: number,
  notes: readonly Annotation[],
): { layout: UnitsLayout; notes: AnnotationLayout } {
  // One band serves every note, so it is as tall as the tallest needs.
  return placeWithRoom(
    notes,
    width,
    (room) => unitsLayout(groups, width, capacity, Math.max(0, ...room.values())),
    unitsAnnotationSpace,
  );
}
