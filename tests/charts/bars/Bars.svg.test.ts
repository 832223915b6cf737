import type { Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import barsSource from '../../../src/charts/bars/Bars.svg.svelte?raw';
import { fakePercent } from '../../support/chart-datum';
import { drawMadeUp } from '../../support/chart-render';
import { styleFor } from '../../support/chart-style';
import { chartSvg, classesOf, outside, placedTexts, TEXT_SIZES } from '../../support/chart-tree';
import { LONG_LABEL, longLabels } from '../../support/long-labels';

const figures = [
  fakePercent('up', 5),
  fakePercent('zero', 0),
  fakePercent('down', -3),
  fakePercent('plan', 8, { kind: 'target' }),
  fakePercent('count', 4, { dimension: 'count', valueText: '4' }),
];
const draw = (step: string) => drawMadeUp('bars', [step], figures)[0]!;

/** Each bar as a reader sees it: its label, its value, how it is drawn, and which side of the zero line it lies. */
function bars(tree: Root) {
  const { svg } = chartSvg(tree);
  const axis = Number(select('line.axis', svg)!.properties.x1);
  return selectAll('g.bar', svg).map((bar) => {
    const rect = select('rect.bar-rect', bar)!;
    const [x, width] = [Number(rect.properties.x), Number(rect.properties.width)];
    const side =
      width <= 1 && Math.abs(x - axis) < 0.01
        ? 'a hairline on the axis'
        : x >= axis - 0.01
          ? 'right of the axis'
          : x + width <= axis + 0.01
            ? 'left of the axis'
            : 'across the axis';
    return {
      label: selectAll('text.label', bar).map(toString).join(' '),
      value: toString(select('text.value', bar)!),
      planned: classesOf(bar).includes('planned'),
      side,
    };
  });
}

describe('render(Bars, step)', () => {
  it.each([
    ['one mark', 'figures="up"', [{ label: 'Label up', value: '5%', planned: false, side: 'right of the axis' }]],
    [
      'a zero value, drawn as a hairline on the axis',
      'figures="up, zero"',
      [
        { label: 'Label up', value: '5%', side: 'right of the axis' },
        { label: 'Label zero', value: '0%', side: 'a hairline on the axis' },
      ],
    ],
    [
      'a negative value, left of the axis',
      'figures="up, down"',
      [
        { label: 'Label up', value: '5%', side: 'right of the axis' },
        { label: 'Label down', value: 'down 3%', side: 'left of the axis' },
      ],
    ],
    [
      'a target, drawn as a planned bar and labelled as one',
      'figures="up, plan"',
      [
        { label: 'Label up', value: '5%', planned: false },
        { label: 'Label plan', value: '8% (target)', planned: true },
      ],
    ],
  ])('%s', (_case, step, expected) => {
    expect(bars(draw(step))).toMatchObject(expected);
  });

  it('draws a planned bar hollow and dashed, so a target never reads as an outcome', () => {
    expect(styleFor(barsSource, '.planned .bar-rect')).toMatchObject({
      fill: 'transparent',
      'stroke-dasharray': expect.any(String),
    });
  });

  it('has the build reject bars in different units, with its message', () => {
    expect(() => draw('figures="up, count"')).toThrow(
      'step "step-1": bars must share one kind of unit, but these mix percent and count',
    );
  });

  it('writes the value of a negative bar beside it, or inside it in the colour that reads on it', () => {
    const { svg } = chartSvg(draw('figures="up, down"'));
    const down = selectAll('g.bar', svg)[1]!;
    const value = placedTexts(down, TEXT_SIZES.bars!).find((text) => text.classes.includes('value'))!;
    const barLeft = Number(select('rect.bar-rect', down)!.properties.x);
    expect(value.right <= barLeft || value.classes.includes('inside'), JSON.stringify(value)).toBe(true);
  });

  it('keeps the value of a negative bar inside the viewBox', () => {
    const { svg, width, height } = chartSvg(draw('figures="up, down"'));
    expect(outside(placedTexts(svg, TEXT_SIZES.bars!), width, height)).toEqual([]);
  });

  it.each(longLabels())('wraps %s onto lines inside the viewBox', (_case, label) => {
    const { svg, width, height } = chartSvg(draw(`figures="up" labels="${label}"`));
    const lines = selectAll('text.label', svg).map(toString);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(label);
    expect(outside(placedTexts(svg, TEXT_SIZES.bars!), width, height)).toEqual([]);
  });

  it("keeps a wrapped label's words apart in the bar's text, as in its accessible name", () => {
    const bar = select('g.bar', chartSvg(draw(`figures="up" labels="${LONG_LABEL}"`)).svg)!;
    expect(toString(bar).replace(/\s+/g, ' ').trim()).toBe(`${LONG_LABEL} 5%`);
  });
});
