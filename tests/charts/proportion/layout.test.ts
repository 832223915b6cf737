import { describe, expect, it } from 'vitest';
import {
  PROPORTION_METRICS,
  proportionAnnotationSpace,
  proportionLayout,
  waffle,
} from '../../../src/charts/proportion/layout';
import type { ProportionPanel } from '../../../src/charts/proportion/proportion';
import { textWidth } from '../../../src/charts/shared/text';
import { fakeDatum } from '../../support/chart-datum';

const panel = (id: string, percent: number, more: Partial<ProportionPanel> = {}): ProportionPanel => {
  const datum = fakeDatum(id, percent, {
    valueText: `${percent}%`,
    dimension: 'percent',
    kind: 'share',
    periodText: '2023',
    placeText: 'Wuhai',
  });
  return { datum, percent, value: datum.valueText, label: id, planned: false, spoken: id, ...more };
};
const pitch = (size: number) => (size - 9 * PROPORTION_METRICS.cellGap) / 10 + PROPORTION_METRICS.cellGap;
const cell = (size: number) => pitch(size) - PROPORTION_METRICS.cellGap;
/** How many squares' worth the waffle's clip uncovers: its full rows, then whole and part squares of the next. */
const filled = (percent: number, size = 200) => {
  const { rows, rest } = waffle(percent, size);
  const whole = Math.floor(rest.width / pitch(size) + 1e-9);
  return (rows.height / pitch(size)) * 10 + whole + (rest.width - whole * pitch(size)) / cell(size);
};

describe('waffle(percent, size)', () => {
  it.each([0, 0.5, 7.5, 47.5, 80, 100])('fills exactly %d of 100 squares', (percent) => {
    expect(filled(percent)).toBeCloseTo(percent, 9);
  });

  it.each([
    [-5, 0],
    [130, 100],
  ])('clamps %d to %d', (percent, expected) => {
    expect(filled(percent)).toBeCloseTo(expected, 9);
  });

  it('fills row by row from the top left, a partial square last', () => {
    const { rows, rest } = waffle(12.5, 200);
    expect(rows).toEqual({ x: 0, y: 0, width: 200, height: pitch(200) });
    expect(rest.y).toBe(pitch(200));
    expect(rest.width).toBeCloseTo(2 * pitch(200) + 0.5 * cell(200), 9);
  });

  it('draws 100 squares spanning exactly the given side, a gap between them', () => {
    const { squares } = waffle(50, 200);
    const corners = [...squares.matchAll(/M([\d.]+),([\d.]+)h([\d.]+)/g)].map(([, x, y, w]) => [+x!, +y!, +w!]);
    expect(corners).toHaveLength(100);
    const [x, y, w] = corners[99]!;
    expect(x! + w!).toBeCloseTo(200, 1);
    expect(y! + w!).toBeCloseTo(200, 1);
    expect(corners[1]![0]! - (corners[0]![0]! + corners[0]![2]!)).toBeCloseTo(PROPORTION_METRICS.cellGap, 1);
  });
});

describe('proportionLayout(panels, width, form)', () => {
  it('has a height and no panels when there is nothing to show', () => {
    const layout = proportionLayout([], 400, 'waffle');
    expect(layout.panels).toEqual([]);
    expect(layout.height).toBeGreaterThan(0);
  });

  it('draws one waffle no wider than the cap', () => {
    const layout = proportionLayout([panel('a', 80)], 700, 'waffle');
    const [mark] = layout.panels;
    expect(mark!.width).toBe(PROPORTION_METRICS.maxWaffle);
    expect(mark!.waffle).toBeDefined();
    expect(layout.height).toBe(mark!.y + mark!.graphicY + mark!.width + PROPORTION_METRICS.bottom);
  });

  it.each([
    // The narrowest layout, a 320 px phone's panel: two side by side still, or a pair of waffles runs off its screen.
    [288, 2, 2],
    [320, 4, 2],
    [480, 4, 3],
    [700, 4, 4],
    [700, 2, 2],
  ])('at %d px puts %d waffles in rows of %d, all inside the width', (width, count, perRow) => {
    const panels = Array.from({ length: count }, (_, i) => panel(`p${i}`, 20 * i));
    const layout = proportionLayout(panels, width, 'waffle');
    expect(layout.panels.filter((mark) => mark.y === layout.panels[0]!.y)).toHaveLength(perRow);
    for (const mark of layout.panels) expect(mark.x + mark.width).toBeLessThanOrEqual(width + 1e-9);
  });

  it('lines up the waffles of a row below the tallest text in it', () => {
    const layout = proportionLayout(
      [panel('short', 30), panel('long', 60, { label: 'Share of the city’s streets and communities covered' })],
      320,
      'waffle',
    );
    const [short, long] = layout.panels;
    expect(long!.labelLines.length).toBeGreaterThan(short!.labelLines.length);
    expect(short!.graphicY).toBe(long!.graphicY);
  });

  it('wraps a computed value and its detail to a narrow waffle instead of overflowing at 320 px', () => {
    const computed = panel('part', 47.5, {
      value: '≈ 47.5% (computed)',
      detail: '190 of the 400 planned',
      whole: panel('whole', 100).datum,
    });
    const layout = proportionLayout([computed, panel('b', 10), panel('c', 20)], 320, 'waffle');
    const [mark] = layout.panels;
    expect(mark!.computed).toBe(true);
    expect(mark!.valueLines.join(' ')).toBe('≈ 47.5% (computed)');
    for (const text of mark!.valueLines)
      expect(textWidth(text, PROPORTION_METRICS.valueSize)).toBeLessThanOrEqual(mark!.width);
    for (const text of mark!.detailLines)
      expect(textWidth(text, PROPORTION_METRICS.detailSize)).toBeLessThanOrEqual(mark!.width);
  });

  it.each([
    ['one waffle', 1, [true]],
    ['three waffles at 320 px, two to a row', 3, [false, false, true]],
    ['two waffles side by side', 2, [false, false]],
  ])('gives a waffle alone in its row the row’s width for its words: %s', (_, count, alone) => {
    const label = 'Share of equipment output value from the Hohhot, Baotou, Ordos and Tongliao bases, 2023';
    const panels = Array.from({ length: count }, (__, i) => panel(`p${i}`, 80, { label }));
    const layout = proportionLayout(panels, 320, 'waffle');
    expect(
      layout.panels.map((mark) =>
        mark.labelLines.some((line) => textWidth(line, PROPORTION_METRICS.labelSize) > mark.width),
      ),
    ).toEqual(alone);
    for (const mark of layout.panels)
      for (const line of mark.labelLines)
        expect(mark.x + textWidth(line, PROPORTION_METRICS.labelSize)).toBeLessThanOrEqual(320);
  });

  it('stacks bars full width, one under another, filled to their share', () => {
    const layout = proportionLayout([panel('a', 80), panel('b', 0), panel('c', 100)], 320, 'bar');
    expect(layout.panels.map((mark) => [mark.x, mark.width, mark.barFill, mark.waffle ? 100 : 0])).toEqual([
      [0, 320, 0.8, 0],
      [0, 320, 0, 0],
      [0, 320, 1, 0],
    ]);
    const ys = layout.panels.map((mark) => mark.y);
    expect(ys).toEqual([...ys].sort((p, q) => p - q));
    expect(new Set(ys).size).toBe(3);
  });

  it('keeps a huge or negative share inside the bar', () => {
    const layout = proportionLayout([panel('a', 1e6), panel('b', -5)], 400, 'bar');
    expect(layout.panels.map((mark) => mark.barFill)).toEqual([1, 0]);
  });

  it('passes on whether a panel is planned', () => {
    const layout = proportionLayout([panel('a', 6, { planned: true })], 400, 'waffle');
    expect(layout.panels[0]!.planned).toBe(true);
  });
});

describe('proportionAnnotationSpace(layout, panels)', () => {
  const whole = fakeDatum('whole', 400);
  const panels = [panel('a', 40), panel('b', 60, { whole })];

  it('ties a note beside a waffle, and a note on a whole to the panel of its part', () => {
    const layout = proportionLayout(panels, 320, 'waffle');
    const space = proportionAnnotationSpace(layout, panels);
    const [a, b] = layout.panels;
    expect(space.anchors.get('a')).toEqual({
      x: a!.x + a!.graphicHeight + 1,
      y: a!.y + a!.graphicY + a!.graphicHeight / 2,
    });
    expect(space.anchors.get('whole')).toEqual(space.anchors.get('b'));
    expect(space.anchors.get(b!.id)!.x).toBeGreaterThan(b!.x);
  });

  it('ties a note under a bar’s filled end', () => {
    const layout = proportionLayout([panel('a', 40)], 320, 'bar');
    const [a] = layout.panels;
    expect(proportionAnnotationSpace(layout, [panel('a', 40)]).anchors.get('a')).toEqual({
      x: 320 * 0.4,
      y: a!.y + a!.graphicY + a!.graphicHeight + 1,
    });
  });

  it('claims each panel, text and graphic, for its part and its whole', () => {
    const layout = proportionLayout(panels, 320, 'waffle');
    const [a, b] = layout.panels;
    const box = (mark: typeof a) => ({
      x: mark!.x,
      y: mark!.y,
      width: mark!.width,
      height: mark!.graphicY + mark!.graphicHeight,
    });
    expect(proportionAnnotationSpace(layout, panels).claims).toEqual([
      { ids: ['a'], box: box(a) },
      { ids: ['b', 'whole'], box: box(b) },
    ]);
  });

  it('keeps notes off every line of text and every graphic', () => {
    const layout = proportionLayout(panels, 320, 'waffle');
    const lines = layout.panels.reduce(
      (all, mark) => all + mark.labelLines.length + mark.valueLines.length + mark.detailLines.length,
      0,
    );
    expect(proportionAnnotationSpace(layout, panels).obstacles).toHaveLength(lines + layout.panels.length);
  });
});
