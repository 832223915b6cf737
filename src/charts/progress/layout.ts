import type { Annotation } from '../attributes';
import type { Box } from '../shared/box';
import { linearScale } from '../shared/linear-scale';
import { roundPx } from '../shared/round-px';
import {
  placeWithRoom,
  roomUnderMarks,
  type AnnotationLayout,
  type AnnotationSpace,
  type Claim,
} from '../shared/place-annotations';
import { textWidth, wrapText } from '../shared/text';
import type { ProgressRow } from './progress';

/** Sizes of the progress chart's parts, in px. */
export const PROGRESS_METRICS = {
  labelSize: 14,
  valueSize: 14,
  detailSize: 13,
  lineHeight: 17,
  /** The track, a whole target; the bar of what was reached is drawn inside it, thinner. */
  trackHeight: 16,
  barHeight: 8,
  rowGap: 10,
  /** Room above the first row for the time line's label. */
  top: 22,
  bottom: 6,
  /** Between a label and the value set after it on the same line. */
  valueGap: 8,
  /** How far the time line's mark on each row reaches above and below its track. */
  markReach: 5,
};

/**
 * A row as drawn: its label (with the value after it when both fit one line), the detail, then the track and bar, so a
 * note on the bar can stand under it, in room opened there if need be.
 */
export interface ProgressMark {
  id: string;
  /** The target's figure id, when the document prints it: its track is a mark of its own. */
  targetId?: string | undefined;
  y: number;
  labelLines: string[];
  /** The value's lines and where the first starts: after the label's last line, or on a line of its own. */
  valueLines: string[];
  valueX: number;
  valueY: number;
  trackY: number;
  /** Where a whole target ends, and where the bar of what was reached ends. */
  targetX: number;
  barX: number;
  detailLines: string[];
  detailY: number;
  highlighted: boolean;
}

/**
 * The laid-out progress chart: rows, the time line (its label over the rows, and a mark across each row's track, so it
 * never runs through a row's words), and the height it needs.
 */
export interface ProgressLayout {
  width: number;
  height: number;
  rows: ProgressMark[];
  line: { x: number; label: string; labelX: number };
}

/**
 * Lays out progress rows for a container `width`: one axis from nothing to the largest share reached (a whole target
 * at the least), so a target beaten runs past its track's end; the time line at `elapsed` of a whole target. `roomBelow`
 * opens px under a row, by figure id, for a note that found no room beside its bar.
 */
export function progressLayout(
  rows: readonly ProgressRow[],
  width: number,
  elapsed: number,
  lineLabel: string,
  roomBelow: ReadonlyMap<string, number> = new Map(),
): ProgressLayout {
  const m = PROGRESS_METRICS;
  const x = linearScale([0, Math.max(100, ...rows.map((row) => row.percent))], [0, width]);
  let y = m.top;
  const marks = rows.map((row): ProgressMark => {
    const labelLines = wrapText(row.label, width, m.labelSize);
    const last = labelLines.at(-1) ?? '';
    const valueWidth = textWidth(row.value, m.valueSize, true);
    const after = textWidth(last, m.labelSize) + m.valueGap;
    // The value runs on after the label when it fits there, and takes a line of its own when it does not.
    const beside = after + valueWidth <= width;
    const valueLines = beside ? [row.value] : wrapText(row.value, width, m.valueSize, true);
    const valueTop = y + (beside ? labelLines.length - 1 : labelLines.length) * m.lineHeight;
    const detailY = valueTop + valueLines.length * m.lineHeight;
    const detailLines = wrapText(row.detail, width, m.detailSize);
    const trackY = detailY + detailLines.length * m.lineHeight + 2;
    const mark: ProgressMark = {
      id: row.datum.id,
      targetId: row.target?.id,
      y,
      labelLines,
      valueLines,
      valueX: beside ? after : 0,
      valueY: valueTop,
      trackY,
      targetX: roundPx(x(100)),
      barX: roundPx(x(Math.max(0, row.percent))),
      detailLines,
      detailY,
      highlighted: row.highlighted,
    };
    y = trackY + m.trackHeight + m.rowGap + (roomBelow.get(row.datum.id) ?? 0);
    return mark;
  });
  const lineX = roundPx(x(elapsed * 100));
  const labelWidth = textWidth(lineLabel, m.detailSize, true);
  return {
    width,
    height: y - m.rowGap + m.bottom,
    rows: marks,
    line: {
      x: lineX,
      label: lineLabel,
      labelX: roundPx(Math.max(0, Math.min(width - labelWidth, lineX - labelWidth / 2))),
    },
  };
}

/** Where notes on the rows tie (under the end of a bar, or of a track for its target), and what they must not cover. */
export function progressAnnotationSpace(layout: ProgressLayout): AnnotationSpace {
  const m = PROGRESS_METRICS;
  const anchors = new Map<string, { x: number; y: number }>();
  const obstacles: Box[] = [];
  // A note standing in another row, even right of its label, reads as that row's note.
  const claims: Claim[] = [];
  const lines = (texts: string[], x: number, top: number, size: number, bold = false) =>
    texts.map((text, i) => ({
      x: i === 0 ? x : 0,
      y: top + i * m.lineHeight,
      width: textWidth(text, size, bold),
      height: m.lineHeight,
    }));
  for (const row of layout.rows) {
    const under = row.trackY + m.trackHeight + 1;
    anchors.set(row.id, { x: row.barX, y: under });
    if (row.targetId) anchors.set(row.targetId, { x: row.targetX, y: under });
    obstacles.push(
      ...lines(row.labelLines, 0, row.y, m.labelSize),
      ...lines(row.valueLines, row.valueX, row.valueY, m.valueSize, true),
      ...lines(row.detailLines, 0, row.detailY, m.detailSize),
      { x: 0, y: row.trackY, width: Math.max(row.targetX, row.barX), height: m.trackHeight },
    );
    claims.push({
      ids: row.targetId ? [row.id, row.targetId] : [row.id],
      box: { x: 0, y: row.y, width: layout.width, height: row.trackY + m.trackHeight - row.y },
    });
  }
  const { line } = layout;
  obstacles.push(
    ...layout.rows.map((row) => ({
      x: line.x - 1,
      y: row.trackY - m.markReach,
      width: 2,
      height: m.trackHeight + 2 * m.markReach,
    })),
    { x: line.labelX, y: 0, width: textWidth(line.label, m.detailSize, true), height: m.lineHeight },
  );
  return { width: layout.width, height: layout.height, anchors, obstacles, claims };
}

/** The rows with a step's notes placed: a note with no room beside its bar gets room opened under its row and is placed again. */
export function annotatedProgress(
  rows: readonly ProgressRow[],
  width: number,
  elapsed: number,
  lineLabel: string,
  notes: readonly Annotation[],
): { layout: ProgressLayout; notes: AnnotationLayout } {
  // A note on a target lies under its row, which carries the reached figure's id.
  const marks = rows.map((row) => [row.datum.id, row.target?.id] as const);
  return placeWithRoom(
    notes,
    width,
    (room) => progressLayout(rows, width, elapsed, lineLabel, roomUnderMarks(marks, room)),
    progressAnnotationSpace,
    PROGRESS_METRICS.trackHeight * 2,
  );
}
