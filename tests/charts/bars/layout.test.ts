import { describe, expect, it } from 'vitest';
import type { BarRow } from '../../../src/charts/bars/bars';
import {
  annotatedBars,
  BAR_METRICS,
  barsAnnotationSpace,
  barsLayout,
  type BarMark,
} from '../../../src/charts/bars/layout';
import type { ChartDatum } from '../../../src/charts/datum';
import { overlaps } from '../../../src/charts/shared/box';
import { ANNOTATION_METRICS } from '../../../src/charts/shared/place-annotations';
import { textWidth } from '../../../src/charts/shared/text';
import { fakeDatum } from '../../support/chart-datum';

const datum = (id: string, base: number, valueText = `${base}%`): ChartDatum =>
  fakeDatum(id, base, { valueText, dimension: 'percent', kind: 'growth' });
const row = (id: string, base: number, label = id, highlighted = false): BarRow => ({
  datum: datum(id, base),
  label,
  value: `${base}%`,
  highlighted,
});

// Bar values wide enough, at 288 or 320 px, to leave the bars stubs if every one stood past its bar.
const FOREIGN = ['at least 550 billion yuan (target)', '32.3 billion yuan', '5.58 billion yuan'];
const HOHHOT = [
  '87.1 billion yuan',
  '155 billion yuan (target)',
  'at least 41 billion yuan (target)',
  'at least 10 billion yuan (target)',
];

describe('barsLayout(rows, width, reference)', () => {
  it('scales bars from zero so the longest leaves room for its value label', () => {
    const layout = barsLayout([row('a', 50), row('b', 25)], 400);
    const [a, b] = layout.bars;
    expect(layout.zeroX).toBe(0);
    expect(a!.width).toBeCloseTo(2 * b!.width, 6);
    expect(a!.valueX + textWidth(a!.value, BAR_METRICS.valueSize)).toBeLessThanOrEqual(400);
    expect(a!.valueInside).toBe(false);
  });

  it('stacks rows top to bottom and reports the height they need', () => {
    const layout = barsLayout([row('a', 1), row('b', 2), row('c', 3)], 400);
    const ys = layout.bars.map((bar) => bar.y);
    expect(ys).toEqual([...ys].sort((p, q) => p - q));
    const last = layout.bars.at(-1)!;
    expect(layout.height).toBe(last.barY + BAR_METRICS.barHeight + BAR_METRICS.bottom);
  });

  it('wraps a long label onto more lines at 320 px instead of letting it overflow', () => {
    const long = 'Value added in the production and supply of electricity, heat, gas and water';
    const narrow = barsLayout([row('a', 10, long)], 320).bars[0]!;
    const wide = barsLayout([row('a', 10, long)], 900).bars[0]!;
    expect(narrow.labelLines.length).toBeGreaterThan(wide.labelLines.length);
    expect(narrow.labelLines.join(' ')).toBe(long);
  });

  it('handles negative values with bars either side of zero', () => {
    const layout = barsLayout([row('up', 5), row('down', -3)], 400);
    const [up, down] = layout.bars;
    expect(layout.zeroX).toBeGreaterThan(0);
    expect(up!.x).toBeCloseTo(layout.zeroX, 6);
    expect(down!.x + down!.width).toBeCloseTo(layout.zeroX, 6);
  });

  it('places the reference line on the same scale as the bars', () => {
    const layout = barsLayout([row('a', 10)], 400, datum('all', 5));
    expect(layout.reference!.x).toBeCloseTo(layout.bars[0]!.width / 2, 6);
  });

  it('draws the reference line from top to bottom, leaving out only the label lines that reach past it', () => {
    const m = BAR_METRICS;
    // At 400 px, 'All' (one short line) stops well before the line, near the middle; the long label reaches past it.
    const long = 'Value added in the production and supply of electricity';
    const layout = barsLayout([row('a', 10, 'All'), row('b', 8, long)], 400, datum('all', 5));
    const { x, d } = layout.reference!;
    const b = layout.bars[1]!;
    expect(textWidth(long, m.labelSize)).toBeGreaterThan(x);
    expect(d).toBe(`M${x} 0V${b.y}M${x} ${b.y + m.lineHeight}V${layout.height}`);
  });

  it.each([
    ['no label reaches it', 'A', 'B', [] as number[]],
    [
      'every line of every label crosses it',
      'Electricity, heat, gas and water',
      'Electricity, heat, gas and steam',
      [0, 1],
    ],
  ])('draws the reference line whole or in parts when %s', (_, first, second, crossing) => {
    const m = BAR_METRICS;
    const layout = barsLayout([row('a', 2, first), row('b', 1, second)], 320, datum('all', 1.5));
    const { x, d } = layout.reference!;
    // Each crossing bar's label lines are a gap from its top, the row's own y, to where its bar begins.
    const gaps = crossing
      .map((i) => layout.bars[i]!)
      .map((bar) => [bar.y, bar.y + bar.labelLines.length * m.lineHeight]);
    const stops = [0, ...gaps.flat(), layout.height];
    const parts = stops.flatMap((y, i) => (i % 2 === 0 ? [`M${x} ${y}V${stops[i + 1]}`] : []));
    expect(d).toBe(parts.join(''));
  });

  // Each value's box as drawn: left of its anchor when it stands inside its bar or before a fall.
  const valueSpan = (bar: BarMark) => {
    const valueWidth = textWidth(bar.value, BAR_METRICS.valueSize, true);
    return bar.valueAnchor === 'end' ? [bar.valueX - valueWidth, bar.valueX] : [bar.valueX, bar.valueX + valueWidth];
  };
  it.each([
    // The longest bar runs the full width and holds its value.
    ['a value that would leave the bars stubs', 288, [550, 32.3, 5.58], FOREIGN, { inside: [0], fullWidth: true }],
    // At the full width the first value would no longer fit past its bar: the scale stops where it just does.
    [
      'a shorter bar whose value must still fit past it',
      320,
      [87.1, 155, 41, 10],
      HOHHOT,
      { inside: [1], fullWidth: false },
    ],
    // The falls' room comes first: leaving room past the rising bars would leave them a stub of what is left.
    [
      'a fall beside them',
      288,
      [-2.1, 550, 32.3],
      ['−2.1%', 'over 550 billion kWh', '32.3 billion yuan'],
      { inside: [1], fullWidth: true },
    ],
  ])(
    'with %s at %i px, has the longest bars hold their values inside, every value within the width',
    (_, width, bases, values, expected) => {
      const rows = values.map((value, i) => ({ ...row(`r${i}`, bases[i]!), value }));
      const layout = barsLayout(rows, width);
      const longest = layout.bars.reduce((a, b) => (b.width > a.width ? b : a));
      // Not squeezed into a stub to leave the widest value room past it: the rising bars take most of what is left.
      expect(longest.width).toBeGreaterThan((width - layout.zeroX) / 2);
      expect(longest.x + longest.width === width).toBe(expected.fullWidth);
      expect(layout.bars.flatMap((bar, i) => (bar.valueInside ? [i] : []))).toEqual(expected.inside);
      for (const bar of layout.bars) {
        const [left, right] = valueSpan(bar);
        expect(left, bar.value).toBeGreaterThanOrEqual(0);
        expect(right, bar.value).toBeLessThanOrEqual(width + 1e-9);
      }
    },
  );

  it.each([
    ['values that leave the bars a third of the width', 320, ['22 billion yuan', '12.18 billion yuan']],
    // No end fits both values inside or past their bars but a short one, where both stand past them.
    [
      'two values too wide for either bar to hold',
      320,
      ['over 550 billion kWh and more', 'over 192 billion kWh and more'],
    ],
  ])('with %s at %i px, keeps every value past its bar', (_, width, values) => {
    const rows = values.map((value, i) => ({ ...row(`r${i}`, [550, 192][i]!), value }));
    const layout = barsLayout(rows, width);
    for (const bar of layout.bars) {
      expect(bar.valueInside, bar.value).toBe(false);
      expect(valueSpan(bar)[1], bar.value).toBeLessThanOrEqual(width + 1e-9);
    }
  });

  it('keeps a lone zero from dividing by zero', () => {
    const [bar] = barsLayout([row('zero', 0)], 400).bars;
    expect(Number.isFinite(bar!.width)).toBe(true);
  });
});

describe('barsLayout(rows, width) for targets and forecasts', () => {
  it.each(['target', 'forecast'] as const)('draws a %s bar planned, with the value its row sets', (ahead) => {
    const plan: BarRow = {
      datum: { ...datum('plan', 20), kind: ahead, ahead, valueText: '20%' },
      label: 'Plan',
      value: `20% (${ahead})`,
      highlighted: false,
    };
    const [outcome, planned] = barsLayout([row('done', 10), plan], 400).bars;
    expect([outcome!.planned, outcome!.value]).toEqual([false, '10%']);
    expect([planned!.planned, planned!.value]).toEqual([true, `20% (${ahead})`]);
  });
});

describe('barsAnnotationSpace(layout)', () => {
  const layout = barsLayout([row('a', 50, 'Alpha'), row('b', -10, 'Beta')], 320, datum('ref', 20));
  const space = barsAnnotationSpace(layout);

  it('ties a note past a rising bar’s value and before a falling bar’s', () => {
    // The longest bars' values run to the sides (see below); shorter ones leave room past theirs.
    const four = barsLayout([row('a', 50), row('c', 20), row('b', -10), row('d', -30)], 320);
    const [, c, b] = four.bars;
    const anchors = barsAnnotationSpace(four).anchors;
    expect(anchors.get('c')!.x).toBeCloseTo(
      c!.valueX + textWidth(c!.value, BAR_METRICS.valueSize, true) + ANNOTATION_METRICS.tieGap,
      6,
    );
    expect(anchors.get('b')!.x).toBeCloseTo(
      b!.valueX - textWidth(b!.value, BAR_METRICS.valueSize, true) - ANNOTATION_METRICS.tieGap,
      6,
    );
  });

  it.each([
    ['a rising bar', 50],
    ['a falling bar', -50],
  ])('ties a note under the value of %s whose value runs to the chart’s side', (_case, base) => {
    const wide = barsLayout([row('a', base, 'Alpha'), row('b', base / 10)], 200);
    const bar = wide.bars[0]!;
    const tie = barsAnnotationSpace(wide).anchors.get('a')!;
    const valueWidth = textWidth(bar.value, BAR_METRICS.valueSize, true);
    const valueLeft = bar.valueAnchor === 'start' ? bar.valueX : bar.valueX - valueWidth;
    expect(tie.x).toBeCloseTo(valueLeft + valueWidth / 2, 6);
    expect(tie.y).toBe(bar.barY + BAR_METRICS.barHeight + ANNOTATION_METRICS.tieGap);
  });

  it.each([
    // The values and bars of the two bar charts at 288 and 320 px that hold a value inside their longest bar.
    ['runs to the chart’s side', 288, [550, 32.3, 5.58], FOREIGN, true],
    ['stops short of the side', 320, [87.1, 155, 41, 10], HOHHOT, false],
  ])('ties a note on a bar that holds its value and %s', (_case, width, bases, values, under) => {
    const layout = barsLayout(
      values.map((value, i) => ({ ...row(`r${i}`, bases[i]!), value })),
      width,
    );
    const bar = layout.bars.find((mark) => mark.valueInside)!;
    const tie = barsAnnotationSpace(layout).anchors.get(bar.id)!;
    const end = bar.x + bar.width;
    const { edge, tieGap } = ANNOTATION_METRICS;
    // Past the end where there is room; else under it, inside the chart.
    expect(tie).toEqual(
      under
        ? { x: end - edge, y: bar.barY + BAR_METRICS.barHeight + tieGap }
        : { x: end + 1, y: bar.barY + BAR_METRICS.barHeight / 2 },
    );
    expect(tie.x).toBeLessThanOrEqual(width - edge);
  });

  it('keeps notes off every label, bar, value, the axis and the reference line', () => {
    // Two label lines, two bars, two values, the axis and the reference line.
    expect(space.obstacles).toHaveLength(8);
    expect(space.obstacles).toContainEqual(expect.objectContaining({ x: layout.reference!.x - 1, width: 2 }));
  });
});

describe('annotatedBars(rows, width, reference, notes)', () => {
  const rows = [row('long', 100, 'The longest bar, with a long label'), row('short', 10, 'Short')];

  it('sets a note beside a bar where there is room, leaving the layout as it was', () => {
    const { layout, notes } = annotatedBars(rows, 320, undefined, [{ target: 'short', text: 'Small' }]);
    expect(notes.callouts.map((callout) => callout.target)).toEqual(['short']);
    expect(layout).toEqual(barsLayout(rows, 320));
  });

  it.each([320, 360, 390, 480])(
    'opens room under a bar that has none beside it, and sets the note there, at %i px',
    (width) => {
      // Labels that fill their lines and bars that reach the values at the edge leave no room beside either bar.
      const label = 'A label long enough to run across the whole width of the chart, twice over and more';
      const full = [row('long', 100, label), row('next', 95, label)];
      const { layout, notes } = annotatedBars(full, width, undefined, [
        { target: 'long', text: 'The one to notice, far ahead' },
      ]);
      expect(notes.markers).toEqual([]);
      const [long, next] = layout.bars;
      const box = notes.callouts[0]!.box;
      expect(box.y).toBeGreaterThan(long!.barY + BAR_METRICS.barHeight);
      expect(box.y + box.height).toBeLessThan(next!.y);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      expect(layout.height).toBeGreaterThan(barsLayout(full, width).height);
    },
  );

  it.each([320, 360, 390])(
    'never sets a note in the next bar’s row, where it reads as that bar’s, at %i px',
    (width) => {
      // The zh silicon chart: the first value runs to the side, so its note ties under it, over the next row's label band.
      const silicon = [
        { ...row('poly', 97.5, '多晶硅', true), value: '增长97.5%' },
        { ...row('mono', 62.1, '单晶硅'), value: '增长62.1%' },
      ];
      const { layout, notes } = annotatedBars(silicon, width, undefined, [
        { target: 'poly', text: '接近翻番，报道未给出产量' },
      ]);
      const [poly, mono] = layout.bars;
      const box = notes.callouts[0]!.box;
      expect(box.y).toBeGreaterThan(poly!.y);
      expect(box.y + box.height).toBeLessThan(mono!.y);
    },
  );

  it.each([320, 390, 480])('keeps every note it sets clear of the bars, labels and values at %i px', (width) => {
    const { layout, notes } = annotatedBars(rows, width, undefined, [
      { target: 'long', text: 'The one to notice, far ahead' },
      { target: 'short', text: 'Small' },
    ]);
    const space = barsAnnotationSpace(layout);
    expect(notes.markers).toEqual([]);
    for (const { box } of notes.callouts) {
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      for (const obstacle of space.obstacles) expect(overlaps(box, obstacle)).toBe(false);
    }
  });
});
