import type { Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import lineSource from '../../../src/charts/line/Line.svg.svelte?raw';
import { fakePercent } from '../../support/chart-datum';
import { drawMadeUp } from '../../support/chart-render';
import { styleFor } from '../../support/chart-style';
import { chartKey, chartSvg, classesOf, outside, placedTexts, placementOf, TEXT_SIZES } from '../../support/chart-tree';
import { longLabels } from '../../support/long-labels';

const figures = [
  fakePercent('y2022', 5, { periodText: '2022' }),
  fakePercent('y2023', 6, { periodText: '2023' }),
  fakePercent('zero', 0, { periodText: '2023' }),
  fakePercent('down', -3, { periodText: '2023' }),
  fakePercent('plan', 8, { periodText: '2024', kind: 'target' }),
  fakePercent('count', 4, { periodText: '2024', dimension: 'count', valueText: '4' }),
];
const draw = (step: string) => drawMadeUp('line', [step], figures)[0]!;

/** The line as a reader sees it: each point's value and label, whether it is a target, where it sits against zero, and the segments. */
function line(tree: Root) {
  const { svg } = chartSvg(tree);
  const baseline = Number(select('line.baseline', svg)!.properties.y1);
  const points = selectAll('g.point', svg).map((point) => {
    const { ty } = placementOf(select('circle.marker', point)!);
    return {
      value: toString(select('text.value', point)!),
      label: selectAll('text.point-label', point).map(toString).join(' '),
      planned: classesOf(point).includes('planned'),
      against: Math.abs(ty - baseline) < 0.01 ? 'on the zero line' : ty < baseline ? 'above zero' : 'below zero',
    };
  });
  const segments = selectAll('path.segment', svg).map((path) =>
    classesOf(path).includes('dashed') ? 'dashed' : 'solid',
  );
  return { points, segments, key: chartKey(tree) };
}

describe('render(Line, step)', () => {
  it.each([
    [
      'the fewest marks, two points joined by one segment',
      'figures="y2022, y2023" at="2022|2023"',
      { points: [{ value: '5%', against: 'above zero' }, { value: '6%' }], segments: ['solid'] },
    ],
    [
      'a zero value, on the zero line',
      'figures="y2022, zero" at="2022|2023"',
      { points: [{ against: 'above zero' }, { value: '0%', against: 'on the zero line' }] },
    ],
    [
      'a negative value, below the zero line',
      'figures="y2022, down" at="2022|2023"',
      { points: [{ against: 'above zero' }, { value: 'down 3%', against: 'below zero' }] },
    ],
    [
      'a target, a planned point reached by a dashed segment and explained in the key',
      'figures="y2022, y2023, plan" at="2022|2023|2024"',
      {
        points: [{ planned: false }, { planned: false }, { value: '8%', planned: true }],
        segments: ['solid', 'dashed'],
        key: 'Hollow points and dashed lines are targets or forecasts, not outcomes.',
      },
    ],
  ])('%s', (_case, step, expected) => {
    expect(line(draw(step))).toMatchObject(expected);
  });

  it('draws a planned point hollow and its segment dashed', () => {
    expect(styleFor(lineSource, '.point.planned .marker')).toMatchObject({ fill: 'var(--bg)' });
    expect(styleFor(lineSource, '.segment.dashed')).toHaveProperty('stroke-dasharray');
  });

  it.each([
    ['one mark', 'figures="y2022" at="2022"', 'figures: a line needs at least two figures'],
    ['mixed units', 'figures="y2022, count" at="2022|2024"', 'a line must share one kind of unit'],
  ])('has the build reject %s, with its message', (_case, step, message) => {
    expect(() => draw(step)).toThrow(`step "step-1": ${message}`);
  });

  it.each(longLabels())('wraps %s onto lines inside the viewBox', (_case, label) => {
    const tree = draw(`figures="y2022, y2023" at="2022|2023" labels="${label}|Short"`);
    const { svg, width, height } = chartSvg(tree);
    expect(line(tree).points[0]!.label).toBe(label);
    expect(selectAll('text.point-label', select('g.point', svg)!).length).toBeGreaterThan(1);
    expect(outside(placedTexts(svg, TEXT_SIZES.line!), width, height)).toEqual([]);
  });
});
