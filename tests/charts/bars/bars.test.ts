import { EN } from '../../support/chart-locale';
import { describe, expect, it } from 'vitest';
import { barRows, barsChart } from '../../../src/charts/bars/bars';
import type { ChartDatum } from '../../../src/charts/datum';
import { fakeDatum } from '../../support/chart-datum';

const datum = (id: string, base: number, dimension: ChartDatum['dimension'] = 'percent'): ChartDatum =>
  fakeDatum(id, base, { label: `Label ${id}`, valueText: `${base}%`, dimension, kind: 'growth' });
const data = new Map([datum('a', 3), datum('b', 9), datum('c', 5), datum('n', 4, 'count')].map((d) => [d.id, d]));
const parse = (attributes: Record<string, string>) => barsChart.state.parse(attributes);

describe('barsChart.state', () => {
  it('parses comma lists, | labels and defaults', () => {
    expect(parse({ figures: 'a, b ,c', labels: 'A | B|C' })).toEqual({
      figures: ['a', 'b', 'c'],
      highlight: [],
      labels: ['A', 'B', 'C'],
      sort: 'given',
    });
  });

  it.each([
    [{}, 'figures'],
    [{ figures: '' }, 'figures'],
    [{ figures: 'a', sort: 'random' }, 'sort'],
    [{ figures: 'a', labels: 'A||' }, 'labels'],
  ])('rejects %j at %s', (attributes, field) => {
    const result = barsChart.state.safeParse(attributes);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path[0]).toBe(field);
  });
});

describe('barsChart.check(state, data)', () => {
  it.each([
    [{ figures: 'a, b' }, undefined],
    [{ figures: 'a', highlight: 'b' }, 'highlight names b, which is not among figures'],
    [{ figures: 'a, b', labels: 'A' }, 'labels has 1 entries for 2 figures; separate them with |'],
    [{ figures: 'a', reference: 'n' }, 'bars must share one kind of unit, but these mix percent and count'],
  ])('%j → %s', (attributes, expected) => {
    expect(barsChart.check(parse(attributes), data)).toBe(expected);
  });
});

describe('barRows(state, data, text)', () => {
  it('keeps the given order, or sorts descending, with labels following their figures', () => {
    const state = parse({ figures: 'a, b, c', labels: 'A|B|C', sort: 'descending', highlight: 'c' });
    expect(barRows(state, data, EN.text).map((r) => [r.label, r.highlighted])).toEqual([
      ['B', false],
      ['C', true],
      ['A', false],
    ]);
  });

  it.each([
    [{ kind: 'growth' as const }, '7%'],
    [{ kind: 'target' as const, ahead: 'target' as const }, '7% (target)'],
    [{ kind: 'forecast' as const, ahead: 'forecast' as const }, '7% (forecast)'],
  ])('sets the value of a %j figure beside its bar as %s', (kind, value) => {
    const planned = new Map([['p', { ...datum('p', 7), ...kind }]]);
    expect(barRows(parse({ figures: 'p' }), planned, EN.text)[0]!.value).toBe(value);
  });
});

describe('barsChart.describe(state, data)', () => {
  it('says what the chart shows in words', () => {
    const state = parse({ figures: 'a, b', labels: 'A|B', highlight: 'b', reference: 'c', referenceLabel: 'All' });
    expect(barsChart.describe(state, data, EN)).toBe(
      'Bar chart of 2 figures. A: 3%; B: 9% (highlighted). Reference line: Label c, 5%.',
    );
  });
});
