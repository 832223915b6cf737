import { EN } from '../../support/chart-locale';
import { describe, expect, it } from 'vitest';
import { bigNumberChart, sharedMeta } from '../../../src/charts/big-number/big-number';
import { fakeDatum } from '../../support/chart-datum';

const data = new Map(
  [
    fakeDatum('cells', 16.5, {
      label: 'Solar cell output growth',
      valueText: 'up by 16.5 times, to 17.5× the earlier level',
      dimension: 'times',
      periodText: 'January–May 2024',
    }),
    fakeDatum('poly', 97.5, {
      label: 'Polysilicon output growth',
      valueText: '97.5%',
      dimension: 'percent',
      periodText: 'January–May 2024',
    }),
  ].map((d) => [d.id, d]),
);
const parse = (attributes: Record<string, string>) => bigNumberChart.state.parse(attributes);

describe('bigNumberChart.state', () => {
  it('parses figures, labels and highlight', () => {
    expect(parse({ figures: 'cells, poly', labels: 'Cells|Poly', highlight: 'poly' })).toEqual({
      figures: ['cells', 'poly'],
      labels: ['Cells', 'Poly'],
      highlight: ['poly'],
    });
  });

  it.each([
    [{}, 'figures'],
    [{ figures: 'a, b, c, d, e' }, 'figures'],
    [{ figures: 'a', colour: 'red' }, ''],
  ])('rejects %j at %j', (attributes, field) => {
    const result = bigNumberChart.state.safeParse(attributes);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path.join('.')).toBe(field);
  });
});

describe('bigNumberChart.check(state, data)', () => {
  it.each([
    [{ figures: 'cells, poly' }, undefined],
    [{ figures: 'cells', highlight: 'poly' }, 'highlight names poly, which is not among figures'],
    [{ figures: 'cells, poly', labels: 'One' }, 'labels has 1 entries for 2 figures; separate them with |'],
  ])('%j → %s', (attributes, expected) => {
    expect(bigNumberChart.check(parse(attributes), data)).toBe(expected);
  });
});

describe('bigNumberChart.resolve(state, data) and describe(state, data)', () => {
  const state = parse({
    figures: 'cells, poly',
    labels: 'Solar cells|Polysilicon',
    highlight: 'cells',
    note: 'Year on year.',
  });

  it('resolves each number with its label and highlight', () => {
    const step = bigNumberChart.resolve(state, data, EN);
    expect(step.cells.map((cell) => [cell.label, cell.datum.valueText, cell.highlighted])).toEqual([
      ['Solar cells', 'up by 16.5 times, to 17.5× the earlier level', true],
      ['Polysilicon', '97.5%', false],
    ]);
    expect(step.note).toBe('Year on year.');
  });

  it('describes every number with its place and period', () => {
    expect(bigNumberChart.describe(state, data, EN)).toBe(
      'Solar cells: up by 16.5 times, to 17.5× the earlier level (Inner Mongolia, January–May 2024); Polysilicon: 97.5% (Inner Mongolia, January–May 2024). Year on year.',
    );
  });
});

describe('sharedMeta(cells)', () => {
  const cell = (placeText: string, periodText: string) => ({
    datum: fakeDatum('x', 1, { placeText, periodText }),
    label: 'x',
    highlighted: false,
  });
  it.each([
    ['one number', [cell('Wuhai', '2023')], undefined],
    ['two sharing place and period', [cell('Wuhai', '2023'), cell('Wuhai', '2023')], 'Wuhai · 2023'],
    ['two places', [cell('Wuhai', '2023'), cell('Hohhot', '2023')], undefined],
    ['two periods', [cell('Wuhai', '2023'), cell('Wuhai', '2024')], undefined],
  ])('%s', (_, cells, expected) => {
    expect(sharedMeta(cells, EN.text.marks.meta)).toBe(expected);
  });
});

describe('bigNumberChart.describe(state, data) for targets', () => {
  it('says a number is a target', () => {
    const plans = new Map([
      ['plan', fakeDatum('plan', 40, { label: 'New capacity', valueText: '40 GW', kind: 'target' })],
    ]);
    expect(bigNumberChart.describe(bigNumberChart.state.parse({ figures: 'plan' }), plans, EN)).toBe(
      'New capacity: 40 GW (target, Inner Mongolia, 2024).',
    );
  });
});
