import { linearScale } from '../shared/linear-scale';
import { textWidth, wrapText } from '../shared/text';
import type { BarRow } from './bars';

/** Sizes of the bar chart's parts, in px. */
export const BAR_METRICS = {
  labelSize: 14,
  valueSize: 14,
  lineHeight: 18,
  barHeight: 20,
  rowGap: 14,
  top: 8,
  bottom: 8,
};

/** A bar as drawn: label lines above it, the bar, and its value label beside or inside its end. */
export interface BarMark {
  id: string;
  y: number;
  labelLines: string[];
  barY: number;
  x: number;
  width: number;
  value: string;
  valueX: number;
  /** Where the value text is anchored at valueX: its end for a value left of its bar or inside it. */
  valueAnchor: 'start' | 'end';
  valueInside: boolean;
  highlighted: boolean;
  /** A target or plan, drawn hollow so it never reads as an outcome. */
  planned: boolean;
}

/** The laid-out bar chart: marks, an optional reference line, and the height it needs. */
export interface BarsLayout {
  width: number;
  height: number;
  zeroX: number;
  bars: BarMark[];
  reference?: { x: number; label: string; value: string } | undefined;
}

/** Lays out horizontal bars for a container `width`; labels wrap above bars so nothing collides at 320 px. */
export function barsLayout(rows: readonly BarRow[], width: number, reference?: BarRow['datum']): BarsLayout {
  const m = BAR_METRICS;
  const values = [...rows.map((row) => row.datum.base), ...(reference ? [reference.base] : []), 0];
  const valueText = (row: BarRow) => `${row.datum.valueEn}${row.datum.kind === 'target' ? ' (target)' : ''}`;
  // Leave room beyond the longest bar on each side for its value label: after a rise, before a fall.
  const room = (side: BarRow[]) =>
    side.length === 0 ? 0 : Math.max(...side.map((row) => textWidth(valueText(row), m.valueSize))) + 8;
  const rightRoom = room(rows.filter((row) => row.datum.base >= 0));
  const leftRoom = room(rows.filter((row) => row.datum.base < 0));
  const x = linearScale(
    [Math.min(...values), Math.max(...values)],
    [leftRoom, Math.max(leftRoom + 40, width - rightRoom)],
  );
  const zeroX = x(0);
  let y = m.top;
  const bars = rows.map((row): BarMark => {
    const labelLines = wrapText(row.label, width, m.labelSize);
    const barY = y + labelLines.length * m.lineHeight + 2;
    const end = x(row.datum.base);
    const left = Math.min(zeroX, end);
    const barWidth = Math.abs(end - zeroX);
    const planned = row.datum.kind === 'target';
    const value = planned ? `${row.datum.valueEn} (target)` : row.datum.valueEn;
    const valueWidth = textWidth(value, m.valueSize);
    const falls = row.datum.base < 0;
    const valueInside = !falls && end + 6 + valueWidth > width && barWidth > valueWidth + 12;
    const mark: BarMark = {
      id: row.datum.id,
      y,
      labelLines,
      barY,
      x: left,
      width: barWidth,
      value,
      valueX: valueInside || falls ? end - 6 : end + 6,
      valueAnchor: valueInside || falls ? 'end' : 'start',
      valueInside,
      highlighted: row.highlighted,
      planned,
    };
    y = barY + m.barHeight + m.rowGap;
    return mark;
  });
  return {
    width,
    height: y - m.rowGap + m.bottom,
    zeroX,
    bars,
    reference: reference ? { x: x(reference.base), label: reference.label, value: reference.valueEn } : undefined,
  };
}
