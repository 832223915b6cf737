import { describe, expect, it } from 'vitest';
import {
  annotatedProgress,
  progressAnnotationSpace,
  progressLayout,
  PROGRESS_METRICS as m,
} from '../../../src/charts/progress/layout';
import type { ProgressRow } from '../../../src/charts/progress/progress';
import { textWidth } from '../../../src/charts/shared/text';
import { fakeDatum } from '../../support/chart-datum';

/** A row reaching `percent` of a printed target, or of an unprinted one when `target` is false. */
const row = (id: string, percent: number, label = `Label ${id}`, target = true): ProgressRow => ({
  datum: fakeDatum(id, percent),
  target: target ? fakeDatum(`${id}-target`, 100, { kind: 'target' }) : undefined,
  label,
  percent,
  value: `${percent}% (computed)`,
  detail: `${percent} of the 100 planned`,
  highlighted: false,
  past: percent >= 50,
  spoken: label,
});

describe('progressLayout(rows, width, elapsed, lineLabel)', () => {
  it('ends every track at a whole target and each bar at its share of it', () => {
    const layout = progressLayout([row('a', 56), row('b', 25)], 400, 0.5, 'Half the year gone');
    expect(layout.rows.map((mark) => [mark.targetX, mark.barX])).toEqual([
      [400, 224],
      [400, 100],
    ]);
    expect(layout.line.x).toBe(200);
  });

  it('runs a beaten target past its track’s end, so the bar is never clipped', () => {
    const [beaten, other] = progressLayout([row('a', 125), row('b', 50)], 500, 0.5, 'Half').rows;
    expect([beaten!.barX, beaten!.targetX, other!.targetX]).toEqual([500, 400, 400]);
  });

  it('stacks rows top to bottom, under room for the time line’s label, and reports their height', () => {
    const layout = progressLayout([row('a', 56), row('b', 25)], 400, 0.5, 'Half');
    const [a, b] = layout.rows;
    expect(a!.y).toBe(m.top);
    expect(b!.y).toBeGreaterThan(a!.trackY + m.trackHeight);
    expect(layout.height).toBe(b!.trackY + m.trackHeight + m.bottom);
  });

  it('sets the value after a short label, and on a line of its own after one that fills the width', () => {
    const long = 'A label long enough to fill a narrow phone';
    const [short, full] = progressLayout([row('a', 56, 'Jobs'), row('b', 25, long)], 320, 0.5, 'Half').rows;
    expect([short!.valueX, short!.valueY]).toEqual([textWidth('Jobs', m.labelSize) + m.valueGap, short!.y]);
    expect(full!.valueX).toBe(0);
    expect(full!.valueY).toBe(full!.y + full!.labelLines.length * m.lineHeight);
  });

  it('keeps the time line’s label inside the chart at either end', () => {
    const label = 'Time gone to the end of November 2024';
    const late = progressLayout([row('a', 10)], 320, 11 / 12, label).line;
    expect(late.labelX + textWidth(label, m.detailSize, true)).toBeLessThanOrEqual(320);
    expect(progressLayout([row('a', 10)], 320, 1 / 12, label).line.labelX).toBe(0);
  });
});

describe('progressAnnotationSpace(layout)', () => {
  it('ties a note under the end of a bar, and a note on a printed target under the end of its track', () => {
    const layout = progressLayout([row('a', 56), row('b', 25, 'B', false)], 400, 0.5, 'Half');
    const { anchors } = progressAnnotationSpace(layout);
    const under = layout.rows[0]!.trackY + m.trackHeight + 1;
    expect(anchors.get('a')).toEqual({ x: 224, y: under });
    expect(anchors.get('a-target')).toEqual({ x: 400, y: under });
    expect([...anchors.keys()]).toEqual(['a', 'a-target', 'b']);
  });

  it('claims each row, label to track, across the chart, for its figure and its target', () => {
    const layout = progressLayout([row('a', 56), row('b', 25, 'B', false)], 400, 0.5, 'Half');
    const [a, b] = layout.rows;
    expect(progressAnnotationSpace(layout).claims).toEqual([
      { ids: ['a', 'a-target'], box: { x: 0, y: a!.y, width: 400, height: a!.trackY + m.trackHeight - a!.y } },
      { ids: ['b'], box: { x: 0, y: b!.y, width: 400, height: b!.trackY + m.trackHeight - b!.y } },
    ]);
  });
});

describe('annotatedProgress(rows, width, elapsed, lineLabel, notes)', () => {
  it('places a note clear of every label, track and the time line, inside the chart', () => {
    const rows = [row('a', 56), row('b', 25)];
    const { layout, notes } = annotatedProgress(rows, 320, 0.5, 'Half the year gone', [
      { target: 'b', text: 'Short of the line' },
    ]);
    const { obstacles } = progressAnnotationSpace(layout);
    const placed = [...notes.callouts.map((callout) => callout.box)];
    expect(placed.length + notes.markers.length).toBe(1);
    for (const box of placed) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(320);
      for (const obstacle of obstacles)
        expect(
          box.x >= obstacle.x + obstacle.width ||
            obstacle.x >= box.x + box.width ||
            box.y >= obstacle.y + obstacle.height ||
            obstacle.y >= box.y + box.height,
        ).toBe(true);
    }
  });
});
