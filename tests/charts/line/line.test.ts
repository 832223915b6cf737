import { EN } from '../../support/chart-locale';
import { describe, expect, it } from 'vitest';
import type { ChartDatum } from '../../../src/charts/datum';
import { addedValue, lineChart, linePoints, pointTime } from '../../../src/charts/line/line';
import { fakeDatum } from '../../support/chart-datum';

const datum = (id: string, base: number, periodText: string, more: Partial<ChartDatum> = {}): ChartDatum =>
  fakeDatum(id, base, { label: 'Pilot living circles', periodText, placeText: 'Wuhai', ...more });
const data = new Map(
  [
    datum('p22', 5, '2022'),
    datum('p23', 12, '2023'),
    datum('new24', 2, '2024', { kind: 'target', label: 'New pilot circles in 2024' }),
    datum('h1', 3, 'first half of 2024'),
    datum('span', 7, '2019–2023'),
    datum('pct', 80, '2023', { dimension: 'percent', valueText: '80%' }),
  ].map((d) => [d.id, d]),
);
const parse = (attributes: Record<string, string>) => lineChart.state.parse(attributes);

describe('pointTime(at, lang)', () => {
  it.each([
    ['2023', 'en', 2023.5, '2023', '2023'],
    ['2024-06', 'en', 2024 + 5.5 / 12, 'Jun 2024', 'June 2024'],
    ['2024-01', 'en', 2024 + 0.5 / 12, 'Jan 2024', 'January 2024'],
    ['2023', 'zh', 2023.5, '2023', '2023年'],
    ['2024-06', 'zh', 2024 + 5.5 / 12, '2024年6月', '2024年6月'],
  ] as const)('%s in %s → %d, %s, %s', (at, lang, position, tick, name) => {
    const time = pointTime(at, lang);
    expect(time.position).toBeCloseTo(position, 9);
    expect([time.tick, time.name]).toEqual([tick, name]);
  });

  it('rejects what is not a year or year-month', () => {
    expect(() => pointTime('2024-13', 'en')).toThrow(SyntaxError);
  });
});

describe('lineChart.state', () => {
  it('parses lists and defaults', () => {
    expect(parse({ figures: 'p22, p23', at: '2022 | 2023' })).toEqual({
      figures: ['p22', 'p23'],
      at: ['2022', '2023'],
      highlight: [],
      adds: [],
      step: false,
    });
  });

  it.each([
    [{}, false],
    [{ step: 'false' }, false],
    [{ step: 'true' }, true],
    [{ step: '' }, true],
  ])('reads step %j as %s', (attributes, step) => {
    expect(parse({ figures: 'p22, p23', at: '2022|2023', ...attributes }).step).toBe(step);
  });

  it.each([
    [{ at: '2022|2023' }, 'figures'],
    [{ figures: 'p22', at: '2022' }, 'figures'],
    [{ figures: Array.from({ length: 13 }, (_, i) => `f${i}`).join(', '), at: '2022' }, 'figures'],
    [{ figures: 'p22, p23' }, 'at'],
    [{ figures: 'p22, p23', at: '2022|23' }, 'at'],
    [{ figures: 'p22, p23', at: '2022|2023-13' }, 'at'],
    [{ figures: 'p22, p23', at: '2022||2023' }, 'at'],
    [{ figures: 'p22, p23', at: '2022|2023', step: 'yes' }, 'step'],
    [{ figures: 'p22, p23', at: '2022|2023', labels: 'A|' }, 'labels'],
    [{ figures: 'p22, p23', at: '2022|2023', colour: 'red' }, undefined],
  ])('rejects %j at %s', (attributes, field) => {
    const result = lineChart.state.safeParse(attributes);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path[0]).toBe(field);
  });
});

describe('lineChart.check(state, data)', () => {
  it.each([
    [{ figures: 'p22, p23, new24', at: '2022|2023|2024', adds: 'new24' }, undefined],
    [{ figures: 'p22, h1', at: '2022|2024-06' }, undefined],
    [{ figures: 'span, p23', at: '2021|2023-12' }, undefined],
    [
      { figures: 'p22, p23', at: '2022' },
      'at has 1 entries for 2 figures; give one year or year-month per figure, separated by |',
    ],
    [{ figures: 'p22, p23', at: '2022|2023', labels: 'A' }, 'labels has 1 entries for 2 figures; separate them with |'],
    [{ figures: 'p22, p23', at: '2022|2023', highlight: 'new24' }, 'highlight names new24, which is not among figures'],
    [{ figures: 'p22, p23', at: '2022|2023', adds: 'new24' }, 'adds names new24, which is not among figures'],
    [{ figures: 'p22, p22', at: '2022|2023' }, 'figures names p22 twice; each point needs its own figure'],
    [{ figures: 'p22, p23', at: '2023|2023' }, 'at gives 2023 twice; each point needs its own time'],
    [{ figures: 'p22, p23', at: '2021|2023' }, 'at puts p22 in 2021, but its period is 2022'],
    [{ figures: 'p23, h1', at: '2023|2023-06' }, 'at puts h1 in 2023-06, but its period is first half of 2024'],
    [{ figures: 'p22, pct', at: '2022|2023' }, 'a line must share one kind of unit, but these mix count and percent'],
    [
      { figures: 'new24, p22', at: '2024|2022', adds: 'p22' },
      'adds names p22, the earliest point, so there is nothing before it to add to',
    ],
  ])('%j → %s', (attributes, expected) => {
    expect(lineChart.check(parse(attributes), data)).toBe(expected);
  });
});

describe('linePoints(state, data)', () => {
  it('orders points by time, with labels, targets and highlights following their figures', () => {
    const state = parse({
      figures: 'new24, p22, p23',
      at: '2024|2022|2023',
      labels: 'Planned|Chosen|Expanded',
      highlight: 'p23',
    });
    expect(linePoints(state, data, EN).map((p) => [p.datum.id, p.label, p.planned, p.highlighted])).toEqual([
      ['p22', 'Chosen', false, false],
      ['p23', 'Expanded', false, true],
      ['new24', 'Planned', true, false],
    ]);
  });

  it('stacks an addition on the point before it and prints it with + and the sum it plots', () => {
    const points = linePoints(parse({ figures: 'p22, p23, new24', at: '2022|2023|2024', adds: 'new24' }), data, EN);
    expect(points.map((p) => [p.base, p.value, p.added])).toEqual([
      [5, '5', false],
      [12, '12', false],
      [14, '+2 (14 in all)', true],
    ]);
  });

  it('plots a figure as given when it is not an addition', () => {
    const points = linePoints(parse({ figures: 'p22, p23, new24', at: '2022|2023|2024' }), data, EN);
    expect(points.map((p) => p.base)).toEqual([5, 12, 2]);
  });
});

describe('addedValue(datum, before)', () => {
  const point = (datum: ChartDatum, added = false) => ({ datum, added });
  it.each([
    ['a count', fakeDatum('a', 2), point(fakeDatum('b', 12)), '+2 (14 in all)'],
    [
      'decimals, without the float error of their sum',
      fakeDatum('a', 0.2, { unit: '万千瓦', valueText: '2 MW' }),
      point(fakeDatum('b', 0.1, { unit: '万千瓦', valueText: '1 MW' })),
      '+2 MW (3 MW in all)',
    ],
    [
      'a hedged value, whose sum would be hedged too',
      fakeDatum('a', 2, { valueText: 'over 2' }),
      point(fakeDatum('b', 12)),
      '+over 2',
    ],
    ['a point before that is hedged', fakeDatum('a', 2), point(fakeDatum('b', 12, { valueText: 'about 12' })), '+2'],
    ['different units', fakeDatum('a', 2), point(fakeDatum('b', 12, { unit: '万个', valueText: '120,000' })), '+2'],
    ['a point before that is itself a sum', fakeDatum('a', 2), point(fakeDatum('b', 3), true), '+2'],
  ])('%s', (_, datum, before, expected) => {
    expect(addedValue(datum, before, EN)).toBe(expected);
  });
});

describe('lineChart.describe(state, data)', () => {
  it('names the shared measure once and every point with its time and value', () => {
    const state = parse({ figures: 'p22, p23', at: '2022|2023', highlight: 'p23', step: 'true' });
    expect(lineChart.describe(state, data, EN)).toBe(
      'Step line chart of 2 points: Pilot living circles. 2022: 5; 2023: 12 (highlighted).',
    );
  });

  it('names each figure when they differ, says which points are targets, and adds the note', () => {
    const state = parse({
      figures: 'p22, p23, new24',
      at: '2022|2023|2024',
      adds: 'new24',
      labels: 'Chosen|Expanded|Planned',
      note: 'Two more are planned.',
    });
    expect(lineChart.describe(state, data, EN)).toBe(
      'Line chart of 3 points. 2022, Chosen: 5; 2023, Expanded: 12; 2024, Planned: +2 (14 in all) (added to the point before, a target).' +
        ' Dashed segments lead to targets or forecasts, not outcomes. Two more are planned.',
    );
  });

  it('falls back to figure labels when no labels are given and the figures differ', () => {
    const state = parse({ figures: 'p23, new24', at: '2023|2024' });
    expect(lineChart.describe(state, data, EN)).toBe(
      'Line chart of 2 points. 2023, Pilot living circles: 12; 2024, New pilot circles in 2024: 2 (a target). Dashed segments lead to targets or forecasts, not outcomes.',
    );
  });
});
