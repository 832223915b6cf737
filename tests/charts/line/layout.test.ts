import { describe, expect, it } from 'vitest';
import { LINE_METRICS, lineLayout, type LineLayout } from '../../../src/charts/line/layout';
import { overlaps, segmentCrosses } from '../../../src/charts/shared/box';
import { pointTime, type LinePoint } from '../../../src/charts/line/line';
import { textWidth } from '../../../src/charts/shared/text';
import { fakeDatum } from '../../support/chart-datum';

const point = (id: string, at: string, base: number, more: Partial<LinePoint> = {}): LinePoint => {
  const datum = fakeDatum(id, base, { periodText: at, placeText: 'Wuhai' });
  return {
    datum,
    time: pointTime(at, 'en'),
    base,
    value: datum.valueText,
    spoken: id,
    planned: false,
    added: false,
    highlighted: false,
    ...more,
  };
};
const series = (values: number[], more: (index: number) => Partial<LinePoint> = () => ({})) =>
  values.map((value, index) => point(`p${index}`, `${2013 + index}`, value, more(index)));

/**
 * Every label box stays inside the chart and clear of every other label, marker and time; unless the chart is
 * too crowded for it (`clearLines` false), labels also stay off the straight line and off other points' leaders.
 */
function expectNoCollisions(layout: LineLayout, clearLines = true) {
  const lines = layout.points
    .slice(1)
    .map((mark, i) => [layout.points[i]!.x, layout.points[i]!.y, mark.x, mark.y] as const);
  for (const [i, mark] of layout.points.entries()) {
    if (!clearLines) break;
    for (const [x1, y1, x2, y2] of lines) expect(segmentCrosses(mark.label, x1, y1, x2, y2)).toBe(false);
    for (const other of layout.points.filter((_, j) => j !== i && _.leader)) {
      expect(segmentCrosses(mark.label, other.leader!.x1, other.leader!.y1, other.leader!.x2, other.leader!.y2)).toBe(
        false,
      );
    }
  }
  const labels = layout.points.map((mark) => mark.label);
  const markers = layout.points.map((mark) => ({
    x: mark.x - mark.r,
    y: mark.y - mark.r,
    width: 2 * mark.r,
    height: 2 * mark.r,
  }));
  const ticks = layout.ticks.map((tick) => {
    const w = textWidth(tick.text, LINE_METRICS.tickSize);
    return { x: tick.x - w / 2, y: tick.y - LINE_METRICS.tickSize, width: w, height: LINE_METRICS.tickSize + 4 };
  });
  for (const [i, label] of labels.entries()) {
    expect(label.x).toBeGreaterThanOrEqual(0);
    expect(label.x + label.width).toBeLessThanOrEqual(layout.width + 1e-9);
    expect(label.y).toBeGreaterThanOrEqual(0);
    expect(label.y + label.height).toBeLessThanOrEqual(layout.height);
    for (const other of [...labels.slice(i + 1), ...markers, ...ticks]) expect(overlaps(label, other)).toBe(false);
  }
  for (const [i, tick] of ticks.entries()) {
    expect(tick.x).toBeGreaterThanOrEqual(0);
    expect(tick.x + tick.width).toBeLessThanOrEqual(layout.width + 1e-9);
    for (const other of ticks.slice(i + 1)) expect(overlaps(tick, other)).toBe(false);
  }
}

describe('lineLayout(points, width, step)', () => {
  it('draws nothing but still has a height for no points', () => {
    const layout = lineLayout([], 400);
    expect([layout.points, layout.segments, layout.ticks]).toEqual([[], [], []]);
    expect(layout.height).toBeGreaterThan(0);
  });

  it('centres a lone point, with no segment', () => {
    const layout = lineLayout([point('a', '2023', 5)], 400);
    expect(layout.points[0]!.x).toBe(200);
    expect(layout.segments).toEqual([]);
    expect(layout.ticks.map((tick) => tick.text)).toEqual(['2023']);
  });

  it('spaces points by time, so a year-month sits between its years', () => {
    const layout = lineLayout([point('a', '2022', 5), point('b', '2023-06', 8), point('c', '2024', 12)], 400);
    const [a, b, c] = layout.points;
    expect(b!.x).toBeGreaterThan(a!.x);
    expect(c!.x).toBeGreaterThan(b!.x);
    expect((b!.x - a!.x) / (c!.x - a!.x)).toBeCloseTo((2023 + 5.5 / 12 - 2022.5) / 2, 6);
  });

  it('measures heights from a zero baseline, higher values higher up', () => {
    const layout = lineLayout(series([0, 5, 10]), 400);
    const [zero, five, ten] = layout.points;
    expect(zero!.y).toBeCloseTo(layout.baselineY, 6);
    expect(zero!.y - five!.y).toBeCloseTo(five!.y - ten!.y, 6);
  });

  it('keeps a line of zeros finite', () => {
    const layout = lineLayout(series([0, 0]), 400);
    expect(layout.points.every((mark) => Number.isFinite(mark.y))).toBe(true);
    expectNoCollisions(layout);
  });

  it('puts negative values below the baseline', () => {
    const layout = lineLayout(series([3, -2]), 400);
    expect(layout.points[0]!.y).toBeLessThan(layout.baselineY);
    expect(layout.points[1]!.y).toBeGreaterThan(layout.baselineY);
    expectNoCollisions(layout);
  });

  it('handles huge values in base units', () => {
    const layout = lineLayout(
      series([5.5e11, 1.2e12], () => ({ value: '1.2 trillion kWh' })),
      320,
    );
    expect(layout.points.every((mark) => Number.isFinite(mark.y))).toBe(true);
    expectNoCollisions(layout);
  });

  it('dashes the segments that lead to or from a target', () => {
    const layout = lineLayout(
      series([5, 12, 14, 16], (i) => ({ planned: i >= 2 })),
      400,
    );
    expect(layout.segments.map((segment) => segment.dashed)).toEqual([false, true, true]);
  });

  it('draws a step line across, then up', () => {
    const layout = lineLayout(series([5, 12]), 400, true);
    const [a, b] = layout.points;
    expect(layout.segments[0]!.d).toBe(`M${a!.x},${a!.y}L${b!.x},${a!.y}L${b!.x},${b!.y}`);
  });

  it('moves labels off each other at 320 px, with a leader to each moved label', () => {
    const layout = lineLayout(
      series([5, 5.1, 5.2, 5.1, 5], () => ({ label: 'Pilot living circles chosen this year' })),
      320,
    );
    expectNoCollisions(layout);
    for (const mark of layout.points.filter((m) => m.leader)) expect(mark.leader!.x1).toBe(mark.x);
  });

  it.each([
    [320, false],
    [480, false],
    [760, true],
  ])(
    'labels twelve zigzagging points with long values without collisions at %d px (line and leaders clear: %s)',
    (width, clearLines) => {
      const values = [3, 9, 4, 12, 2, 15, 7, 7.5, 8, 1, 14, 6];
      const layout = lineLayout(
        series(values, (i) => ({
          value: `${values[i]} billion yuan`,
          highlighted: i === 3,
          label: i % 3 === 0 ? 'A labelled point' : undefined,
        })),
        width,
      );
      expectNoCollisions(layout, clearLines);
      expect(layout.ticks.at(-1)!.text).toBe('2024');
      expect(layout.ticks.length).toBeLessThanOrEqual(12);
    },
  );

  it.each([320, 400, 700])(
    'labels six points with values and labels clear of each other, the line and leaders at %d px',
    (width) => {
      const values = [5, 12, 14, 13, 20, 21];
      const layout = lineLayout(
        series(values, (i) => ({
          value: `${values[i]} GW`,
          label: i % 2 === 0 ? 'Capacity connected to the grid' : undefined,
          planned: i >= 4,
        })),
        width,
      );
      expectNoCollisions(layout);
    },
  );

  it.each([
    [false, [undefined, undefined, undefined]],
    [true, [undefined, undefined, 'leader']],
  ])('labels the Wuhai living circles at 320 px (step: %s), moving only what would collide', (step, leaders) => {
    const points = [
      point('pilots-2022', '2022', 5, { label: 'Pilot circles chosen' }),
      point('pilots-2023', '2023', 12, { label: 'Circles covering 80% of people', highlighted: true }),
      point('new-2024', '2024', 14, { value: '+2', label: 'New circles planned', planned: true, added: true }),
    ];
    const layout = lineLayout(points, 320, step);
    // The straight-line check does not apply to a step line's corners.
    expectNoCollisions(layout, !step);
    expect(layout.points.map((mark) => mark.leader && 'leader')).toEqual(leaders);
  });

  it('keeps every time label when there is room', () => {
    const layout = lineLayout(series([1, 2, 3]), 700);
    expect(layout.ticks.map((tick) => tick.text)).toEqual(['2013', '2014', '2015']);
  });
});
