import type { Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import unitsSource from '../../../src/charts/units/Units.svg.svelte?raw';
import { fakeDatum, fakePercent } from '../../support/chart-datum';
import { drawMadeUp } from '../../support/chart-render';
import { styleFor } from '../../support/chart-style';
import { chartSvg, classesOf, outside, placedTexts, TEXT_SIZES } from '../../support/chart-tree';
import { longLabels } from '../../support/long-labels';

const count = (id: string, base: number, overrides = {}) =>
  fakeDatum(id, base, { label: `Label ${id}`, valueText: base < 0 ? `down ${-base}` : String(base), ...overrides });
const figures = [
  count('one', 1),
  count('five', 5),
  count('zero', 0),
  count('down', -3),
  count('plan', 3, { kind: 'target' }),
  fakePercent('percent', 5),
];
const draw = (step: string) => drawMadeUp('units', [step], figures)[0]!;

/** Each run of marks as a reader sees it: its label under the grid, how many marks it draws, and whether they are hollow. */
function runs(tree: Root) {
  return selectAll('g.run', chartSvg(tree).svg).map((run) => ({
    label: selectAll('text.label-text', run).map(toString).join(' '),
    // A row of marks is one path, each square a closed subpath.
    marks: selectAll('path.mark', run)
      .map((row) => String(row.properties['d']).split('z').length - 1)
      .reduce((all, squares) => all + squares, 0),
    hollow: classesOf(run).includes('hollow'),
  }));
}

describe('render(Units, step)', () => {
  it.each([
    ['one mark', 'groups="one"', [{ label: 'Label one: 1', marks: 1, hollow: false }]],
    [
      'a zero count, labelled with no marks',
      'groups="five, zero"',
      [
        { label: 'Label five: 5', marks: 5 },
        { label: 'Label zero: 0', marks: 0 },
      ],
    ],
    [
      'a target, drawn hollow and labelled as one',
      'groups="five, plan"',
      [
        { label: 'Label five: 5', marks: 5, hollow: false },
        { label: 'Label plan: 3 (target)', marks: 3, hollow: true },
      ],
    ],
  ])('%s', (_case, step, expected) => {
    expect(runs(draw(step))).toMatchObject(expected);
  });

  it('draws hollow marks as outlines', () => {
    expect(styleFor(unitsSource, '.hollow .mark')).toMatchObject({ fill: 'transparent', 'stroke-width': '2px' });
  });

  it.each([
    [
      'a negative count',
      'groups="down"',
      'down is down 3, but a unit chart needs a whole number of things, zero or more',
    ],
    ['a percent', 'groups="percent"', 'percent is in percent, but a unit chart draws one mark per thing counted'],
  ])('has the build reject %s, with its message', (_case, step, message) => {
    expect(() => draw(step)).toThrow(`step "step-1": ${message}`);
  });

  it.each(longLabels())('wraps %s onto lines inside the viewBox', (_case, label) => {
    const tree = draw(`groups="five" labels="${label}"`);
    const { svg, width, height } = chartSvg(tree);
    const lines = selectAll('text.label-text', svg).map(toString);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(`${label}: 5`);
    expect(outside(placedTexts(svg, TEXT_SIZES.units!), width, height)).toEqual([]);
  });
});
