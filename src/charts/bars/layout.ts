import type { Annotation } from '../attributes';
import type { Box } from '../shared/box';
import { linearScale } from '../shared/linear-scale';
import {
  ANNOTATION_METRICS,
  placeWithRoom,
  type AnnotationLayout,
  type AnnotationSpace,
} from '../shared/place-annotations';
import { textWidth, wrapText } from '../shared/text';
import type { BarRow } from './bars';

/**
 * Sizes of the bar chart's parts, in px. Rows are tight (43 px for a one-line label) so that a phone's drawing, its type
 * never under 13 px, ends near the middle of even a 360 × 640 screen, where the step text begins.
 */
export const BAR_METRICS = {
  labelSize: 14,
  valueSize: 14,
  lineHeight: 17,
  barHeight: 16,
  rowGap: 8,
  top: 8,
  bottom: 8,
};

/** A bar as drawn: label lines above it, the bar, and its value label beside or inside its end. */
export interface BarMark {
  id: string;
  y: number;
  /** The whole label, for the bar's accessible name; labelLines is how it is drawn. */
  label: string;
  labelLines: string[];
  barY: number;
  x: number;
  width: number;
  value: string;
  /** The value text's width at the chart's value size, measured once for the scale, the value's side and its notes. */
  valueWidth: number;
  valueX: number;
  /** Where the value text is anchored at valueX: its end for a value left of its bar or inside it. */
  valueAnchor: 'start' | 'end';
  valueInside: boolean;
  highlighted: boolean;
  /** A target, plan or forecast, drawn hollow so it never reads as an outcome. */
  planned: boolean;
}

/** The laid-out bar chart: marks, an optional reference line, and the height it needs. */
export interface BarsLayout {
  width: number;
  height: number;
  zeroX: number;
  bars: BarMark[];
  /** `d` draws the line from top to bottom, but not across the label lines it would cross. */
  reference?: { x: number; d: string; label: string; value: string } | undefined;
}

/**
 * Lays out horizontal bars for a container `width`; labels wrap above bars so nothing collides at 320 px. `roomBelow`
 * opens extra px under a bar, by figure id, for a note that found no room beside it.
 */
export function barsLayout(
  rows: readonly BarRow[],
  width: number,
  reference?: BarRow['datum'],
  roomBelow: ReadonlyMap<string, number> = new Map(),
): BarsLayout {
  const m = BAR_METRICS;
  const values = [...rows.map((row) => row.datum.base), ...(reference ? [reference.base] : []), 0];
  const measured = rows.map((row) => ({ base: row.datum.base, valueWidth: textWidth(row.value, m.valueSize, true) }));
  const rises = measured.filter((row) => row.base >= 0);
  // Leave room beyond the longest bar on each side for its value label: after a rise, before a fall.
  const room = (side: readonly MeasuredValue[]) =>
    side.length === 0 ? 0 : Math.max(...side.map((row) => row.valueWidth)) + 8;
  const rightRoom = room(rises);
  const leftRoom = room(measured.filter((row) => row.base < 0));
  const domain = [Math.min(...values), Math.max(...values)] as const;
  const x = linearScale(domain, [leftRoom, scaleEnd(rises, width, domain, leftRoom, rightRoom)]);
  const zeroX = x(0);
  const referenceX = reference ? x(reference.base) : 0;
  // The reference line leaves out the label lines that reach past it: a label's halo hides it under the glyphs, but
  // not in the spaces between words. A part of no length, between two lines of a label, draws nothing.
  let referenceD = '';
  let referenceTop = 0;
  let y = m.top;
  const bars = rows.map((row, at): BarMark => {
    const labelLines = wrapText(row.label, width, m.labelSize);
    labelLines.forEach((line, i) => {
      if (reference && textWidth(line, m.labelSize) + 2 > referenceX) {
        referenceD += `M${referenceX} ${referenceTop}V${y + i * m.lineHeight}`;
        referenceTop = y + (i + 1) * m.lineHeight;
      }
    });
    const barY = y + labelLines.length * m.lineHeight + 2;
    const end = x(row.datum.base);
    const left = Math.min(zeroX, end);
    const barWidth = Math.abs(end - zeroX);
    const planned = row.datum.ahead !== undefined;
    const value = row.value;
    const { valueWidth } = measured[at]!;
    const falls = row.datum.base < 0;
    const valueInside = !falls && !fitsPast(end, valueWidth, width) && holds(zeroX, end, valueWidth);
    const mark: BarMark = {
      id: row.datum.id,
      y,
      label: row.label,
      labelLines,
      barY,
      x: left,
      width: barWidth,
      value,
      valueWidth,
      valueX: valueInside || falls ? end - 6 : end + 6,
      valueAnchor: valueInside || falls ? 'end' : 'start',
      valueInside,
      highlighted: row.highlighted,
      planned,
    };
    y = barY + m.barHeight + m.rowGap + (roomBelow.get(row.datum.id) ?? 0);
    return mark;
  });
  const height = y - m.rowGap + m.bottom;
  return {
    width,
    height,
    zeroX,
    bars,
    reference: reference && {
      x: referenceX,
      d: `${referenceD}M${referenceX} ${referenceTop}V${height}`,
      label: reference.label,
      value: reference.valueText,
    },
  };
}

/** Whether a value `valueWidth` wide fits past its bar's end, within the chart's `width`. */
function fitsPast(end: number, valueWidth: number, width: number): boolean {
  return end + 6 + valueWidth <= width + 1e-9;
}

/** Whether a bar from `zero` to `end` can hold a value `valueWidth` wide inside its end. */
function holds(zero: number, end: number, valueWidth: number): boolean {
  return end - zero > valueWidth + 12;
}

/** A bar's value (its figure's base) and the width of its value text. */
interface MeasuredValue {
  base: number;
  valueWidth: number;
}

/**
 * Where the scale of the bars ends (from `leftRoom`, the room for the values of falls): short of `width` by the widest
 * value that stands past its bar, so that every value stands past its bar's end, while that leaves the rising bars a
 * third of the width. A value too wide for that (a long one on a phone) would squeeze every bar into a stub: then the
 * longest bars hold their values, and the scale runs as far as every value still fits, inside its bar or past it.
 * `rises` are the bars at or above zero, with their values' widths.
 */
function scaleEnd(
  rises: readonly MeasuredValue[],
  width: number,
  domain: readonly [number, number],
  leftRoom: number,
  rightRoom: number,
): number {
  const least = leftRoom + 40;
  const outside = Math.max(least, width - rightRoom);
  // The rising bars' length on a scale ending at `end`: the falls' room and bars come before zero.
  const longestRise = (end: number) => {
    const x = linearScale(domain, [leftRoom, end]);
    return x(domain[1]) - x(0);
  };
  if (domain[1] === domain[0] || longestRise(outside) >= (width - leftRoom) / 3) return outside;
  const fits = (end: number) => {
    const x = linearScale(domain, [leftRoom, end]);
    return rises.every(
      (rise) => fitsPast(x(rise.base), rise.valueWidth, width) || holds(x(0), x(rise.base), rise.valueWidth),
    );
  };
  // The scale's end fits every value at the full width, or where one of the values just fits past its bar's end.
  const share = (base: number) => (base - domain[0]) / (domain[1] - domain[0]);
  const ends = [
    width,
    ...rises
      .filter((rise) => share(rise.base) > 0)
      .map((rise) => leftRoom + (width - 6 - rise.valueWidth - leftRoom) / share(rise.base)),
  ];
  return (
    ends
      .filter((end) => end >= least && end <= width)
      .sort((a, b) => b - a)
      .find(fits) ?? outside
  );
}

/** The box of a bar's value text. */
function valueBox(bar: BarMark): Box {
  return {
    x: bar.valueAnchor === 'start' ? bar.valueX : bar.valueX - bar.valueWidth,
    y: bar.barY,
    width: bar.valueWidth,
    height: BAR_METRICS.barHeight,
  };
}

/** Where notes on the bars tie (past each bar's value, or its end when the value is inside), and what they must not cover. */
export function barsAnnotationSpace(layout: BarsLayout): AnnotationSpace {
  const m = BAR_METRICS;
  const anchors = new Map(
    layout.bars.map((bar) => {
      const value = valueBox(bar);
      const middle = bar.barY + m.barHeight / 2;
      const { tieGap: gap, edge } = ANNOTATION_METRICS;
      if (bar.valueInside) {
        // A bar that runs to the chart's side leaves no room past its end: the note ties under the end instead.
        const end = bar.x + bar.width;
        if (end + 1 > layout.width - edge) return [bar.id, { x: end - edge, y: bar.barY + m.barHeight + gap }];
        return [bar.id, { x: end + 1, y: middle }];
      }
      const x = bar.valueAnchor === 'start' ? value.x + value.width + gap : value.x - gap;
      // A value that runs to the chart's side leaves no room beside it: the note ties under the value instead.
      if (x < edge || x > layout.width - edge)
        return [bar.id, { x: value.x + value.width / 2, y: bar.barY + m.barHeight + gap }];
      return [bar.id, { x, y: middle }];
    }),
  );
  const obstacles: Box[] = layout.bars.flatMap((bar) => [
    ...bar.labelLines.map((line, i) => ({
      x: 0,
      y: bar.y + i * m.lineHeight,
      width: textWidth(line, m.labelSize),
      height: m.lineHeight,
    })),
    { x: bar.x, y: bar.barY, width: Math.max(bar.width, 1), height: m.barHeight },
    valueBox(bar),
  ]);
  obstacles.push({ x: layout.zeroX - 0.5, y: 0, width: 1, height: layout.height });
  if (layout.reference) obstacles.push({ x: layout.reference.x - 1, y: 0, width: 2, height: layout.height });
  // A note standing in another bar's row, even right of its label, reads as that bar's note.
  const claims = layout.bars.map((bar) => ({
    ids: [bar.id],
    box: { x: 0, y: bar.y, width: layout.width, height: bar.barY + m.barHeight - bar.y },
  }));
  return { width: layout.width, height: layout.height, anchors, obstacles, claims };
}

/** The bars with a step's notes placed: a note with no room beside its bar gets room opened under the bar and is placed again. */
export function annotatedBars(
  rows: readonly BarRow[],
  width: number,
  reference: BarRow['datum'] | undefined,
  notes: readonly Annotation[],
): { layout: BarsLayout; notes: AnnotationLayout } {
  // Beside its bar or not at all: a note far off across other bars reads worse than one in room opened under its bar.
  return placeWithRoom(
    notes,
    width,
    (room) => barsLayout(rows, width, reference, room),
    barsAnnotationSpace,
    BAR_METRICS.barHeight * 2,
  );
}
