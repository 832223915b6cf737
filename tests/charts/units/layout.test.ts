import { describe, expect, it } from 'vitest';
import type { ChartDatum } from '../../../src/charts/datum';
import { textWidth } from '../../../src/charts/shared/text';
import {
  MAX_UNITS,
  UNIT_METRICS,
  stepCapacities,
  unitGrid,
  unitsAnnotationSpace,
  unitRows,
  unitsLayout,
} from '../../../src/charts/units/layout';
import type { UnitGroup } from '../../../src/charts/units/layout';
import { fakeDatum } from '../../support/chart-datum';

const datum = (id: string, base: number): ChartDatum =>
  fakeDatum(id, base, { periodText: 'June 2024', placeText: 'Wuhai' });
const group = (id: string, count: number, label = id, hollow = false): UnitGroup => ({
  datum: datum(id, count),
  label,
  name: `${label}: ${count}${hollow ? ' (target)' : ''}`,
  count,
  highlighted: false,
  hollow,
});
const m = UNIT_METRICS;

describe('stepCapacities(steps)', () => {
  it.each([
    ['no steps', [], []],
    ['one step', [[group('a', 17)]], [17]],
    ['a step that adds a group', [[group('built', 17)], [group('built', 17), group('under-way', 10)]], [27, 27]],
    ['unrelated steps', [[group('parks', 200)], [group('uhv', 7), group('clusters', 21)]], [200, 28]],
    [
      'a chain of shared groups',
      [[group('a', 5)], [group('a', 5), group('b', 5)], [group('b', 5), group('c', 90)], [group('d', 1)]],
      [95, 95, 95, 1],
    ],
    ['a negative count', [[group('a', -3)]], [0]],
  ])('%s', (_, steps, expected) => {
    expect(stepCapacities(steps)).toEqual(expected);
  });
});

describe('unitGrid(capacity, width)', () => {
  it.each([
    [0, 320],
    [1, 320],
    [7, 700],
    [27, 320],
    [200, 320],
    [200, 700],
    [400, 320],
    [400, 700],
  ])('%i marks at %i px: a size from 10 to 24 px, every column inside the width', (capacity, width) => {
    const { size, gap, columns } = unitGrid(capacity, width);
    expect(size).toBeGreaterThanOrEqual(m.minSize);
    expect(size).toBeLessThanOrEqual(m.maxSize);
    expect(columns * size + (columns - 1) * gap).toBeLessThanOrEqual(width);
  });

  it('keeps the biggest mark for a few things and shrinks it for many', () => {
    expect(unitGrid(7, 320).size).toBe(m.maxSize);
    expect(unitGrid(200, 320).size).toBeLessThan(unitGrid(27, 320).size);
    expect(unitGrid(400, 320).size).toBeLessThanOrEqual(unitGrid(200, 320).size);
  });

  it('fits even 400 marks at 320 px within a phone-sized height', () => {
    const { size, gap, columns } = unitGrid(400, 320);
    expect(Math.ceil(400 / columns) * (size + gap) - gap).toBeLessThanOrEqual(200);
  });

  it('treats a count past 400, or below zero, as the nearest it can draw', () => {
    expect(unitGrid(1_000_000, 320)).toEqual(unitGrid(MAX_UNITS, 320));
    expect(unitGrid(-5, 320)).toEqual(unitGrid(0, 320));
  });
});

describe('unitsLayout(groups, width, capacity)', () => {
  it('lays out nothing for no groups', () => {
    const layout = unitsLayout([], 320);
    expect(layout.runs).toEqual([]);
    expect(layout.height).toBe(m.top + m.bottom);
  });

  it('draws one mark for one thing, its label below it', () => {
    const layout = unitsLayout([group('line', 1, 'Line')], 320);
    const [run] = layout.runs;
    expect(run!.marks).toEqual([{ key: 'line:0', x: 0, y: m.top }]);
    expect(run!.labelY).toBeGreaterThanOrEqual(m.top + layout.size);
    expect(run!.labelLines).toEqual(['Line: 1']);
    expect(run!.anchor).toEqual({ x: layout.size / 2, y: m.top + layout.size + 4 });
  });

  it('draws consecutive runs in reading order, one mark per unit', () => {
    const layout = unitsLayout([group('built', 17), group('under-way', 10)], 320);
    const [built, underWay] = layout.runs;
    expect(built!.marks).toHaveLength(17);
    expect(underWay!.marks).toHaveLength(10);
    const order = [...built!.marks, ...underWay!.marks].map((mark) => mark.y * 10_000 + mark.x);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const cell = layout.size + layout.gap;
    expect(underWay!.marks[0]!.x).toBe((17 % layout.columns) * cell);
  });

  it('keeps each mark where it was when a step adds a group, if sized for the busiest step', () => {
    const before = unitsLayout([group('built', 17)], 320, 27);
    const after = unitsLayout([group('built', 17), group('under-way', 10)], 320, 27);
    expect(after.runs[0]!.marks).toEqual(before.runs[0]!.marks);
    expect(after.size).toBe(before.size);
  });

  it('draws no marks for zero, or for a negative count, but still labels the group', () => {
    const layout = unitsLayout([group('none', 0, 'None'), group('fewer', -3, 'Fewer')], 320);
    expect(layout.runs.map((run) => run.marks.length)).toEqual([0, 0]);
    expect(layout.runs[0]!.labelLines).toEqual(['None: 0']);
    expect(layout.runs[0]!.anchor.y).toBeGreaterThan(layout.runs[0]!.labelY);
  });

  it('never draws more than 400 marks, however large the counts', () => {
    const layout = unitsLayout([group('a', 300), group('b', 1_000_000)], 320);
    expect(layout.runs.map((run) => run.marks.length)).toEqual([300, 100]);
  });

  it('keeps marks and labels inside 320 px and stacks labels without overlap', () => {
    const long = 'Pocket parks and community gardens whose upgrade was completed in the first half of the year';
    const layout = unitsLayout(
      [group('parks', 200, long), group('built', 17, 'Built'), group('plan', 30, 'Planned', true)],
      320,
    );
    const gridBottom = Math.max(...layout.runs.flatMap((run) => run.marks.map((mark) => mark.y + layout.size)));
    for (const run of layout.runs) {
      for (const mark of run.marks) expect(mark.x + layout.size).toBeLessThanOrEqual(320);
      for (const line of run.labelLines)
        expect(m.swatch + m.swatchGap + textWidth(line, m.labelSize)).toBeLessThanOrEqual(320);
    }
    expect(layout.runs[0]!.labelLines.length).toBeGreaterThan(1);
    expect(layout.runs[0]!.labelY).toBeGreaterThan(gridBottom);
    for (const [above, below] of layout.runs.slice(1).map((run, i) => [layout.runs[i]!, run] as const)) {
      expect(below.labelY).toBeGreaterThanOrEqual(above.labelY + above.labelLines.length * m.lineHeight);
    }
    const last = layout.runs.at(-1)!;
    expect(layout.height).toBe(last.labelY + last.labelLines.length * m.lineHeight + m.bottom);
  });

  it('floors a fractional count rather than drawing part of a mark', () => {
    expect(unitsLayout([group('half', 2.5)], 320).runs[0]!.marks).toHaveLength(2);
  });
});

describe('unitsAnnotationSpace(layout)', () => {
  const layout = unitsLayout([group('built', 17), group('more', 9), group('none', 0)], 320);
  const space = unitsAnnotationSpace(layout);

  it('ties a note beside a run’s last mark, or its label when it has no marks', () => {
    const last = layout.runs[1]!.marks.at(-1)!;
    expect(space.anchors.get('more')).toEqual({ x: last.x + layout.size + 1, y: last.y + layout.size / 2 });
    const empty = layout.runs[2]!;
    expect(space.anchors.get('none')!.y).toBeCloseTo(empty.labelY + UNIT_METRICS.lineHeight / 2, 9);
  });

  it('keeps notes off each row of marks and each label line, a row a box', () => {
    const rows = layout.runs.reduce((all, run) => all + new Set(run.marks.map((mark) => mark.y)).size, 0);
    const lines = layout.runs.reduce((all, run) => all + run.labelLines.length, 0);
    expect(space.obstacles).toHaveLength(rows + lines);
  });
});

describe('unitRows(id, marks, size, hollow)', () => {
  const mark = (x: number, y: number) => ({ key: `k${x},${y}`, x, y });
  // One square of side 10 at the origin: corners of radius 2, straight edges of 6.
  const square = 'h6a2,2 0 0 1 2,2v6a2,2 0 0 1 -2,2h-6a2,2 0 0 1 -2,-2v-6a2,2 0 0 1 2,-2z';
  it.each([
    { marks: [], hollow: false, rows: [] },
    { marks: [mark(0, 0)], hollow: false, rows: [{ key: 'g:0', order: 0, d: `M2,0${square}` }] },
    {
      marks: [mark(24, 0), mark(36, 0), mark(0, 12)],
      hollow: false,
      rows: [
        { key: 'g:0', order: 0, d: `M26,0${square}m12,0${square}` },
        { key: 'g:1', order: 1, d: `M2,12${square}` },
      ],
    },
  ])('draws $marks.length marks in $rows.length rows', ({ marks, hollow, rows }) => {
    expect(unitRows('g', marks, 10, hollow)).toEqual(rows);
  });

  it('insets a hollow square by 1 px, keeping its corners', () => {
    const [row] = unitRows('g', [mark(0, 0)], 10, true);
    expect(row!.d).toBe('M3,1h4a2,2 0 0 1 2,2v4a2,2 0 0 1 -2,2h-4a2,2 0 0 1 -2,-2v-4a2,2 0 0 1 2,-2z');
  });

  it('draws as many squares as marks, however they wrap', () => {
    const layout = unitsLayout([group('a', 23), group('b', 7, 'b', true)], 200);
    for (const run of layout.runs)
      expect(run.rows.map((row) => row.d.split('z').length - 1).reduce((a, b) => a + b, 0)).toBe(run.marks.length);
  });
});
