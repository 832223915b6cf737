import { EN } from '../../support/chart-locale';
import { describe, expect, it } from 'vitest';
import type { ChartDatum } from '../../../src/charts/datum';
import { proportionChart, proportionPanels } from '../../../src/charts/proportion/proportion';
import { fakeDatum } from '../../support/chart-datum';

const datum = (id: string, value: number, more: Partial<ChartDatum> = {}): ChartDatum =>
  fakeDatum(id, value, {
    label: `Label ${id}`,
    valueText: `${value}%`,
    dimension: 'percent',
    kind: 'share',
    periodText: '2023',
    placeText: 'Wuhai',
    ...more,
  });
const data = new Map(
  [
    datum('people', 80, { valueText: 'over 80%' }),
    datum('streets', 70, { valueText: 'over 70%' }),
    datum('jobs', 6, { kind: 'target', valueText: 'about 6%' }),
    datum('growth', 5.2, { kind: 'growth' }),
    datum('fall', -2, { valueText: 'down 2%' }),
    datum('over', 109),
    datum('attracted', 190, { dimension: 'count', kind: 'level', valueText: '190' }),
    datum('target', 400, { dimension: 'count', kind: 'target', valueText: '400' }),
    datum('groups', 30, { dimension: 'count', kind: 'level', valueText: '30' }),
    datum('tracked', 38, { dimension: 'count', kind: 'level', valueText: '38' }),
    datum('planned', 2, { dimension: 'count', kind: 'target', valueText: '2' }),
    datum('zero', 0, { dimension: 'count', kind: 'level', valueText: '0' }),
    datum('yuan', 300, { dimension: 'money', kind: 'level', valueText: '30 billion yuan' }),
  ].map((d) => [d.id, d]),
);
const parse = (attributes: Record<string, string>) => proportionChart.state.parse(attributes);

describe('proportionChart.state', () => {
  it.each([
    [{ share: 'people' }, { form: 'waffle', share: 'people' }],
    [
      { shares: 'people, streets', labels: 'People | Streets', form: 'bar' },
      { form: 'bar', shares: ['people', 'streets'], labels: ['People', 'Streets'] },
    ],
    [
      { part: 'attracted', whole: 'target', label: 'Large projects' },
      { form: 'waffle', part: 'attracted', whole: 'target', label: 'Large projects' },
    ],
  ])('parses %j', (attributes, expected) => {
    expect(parse(attributes)).toEqual(expected);
  });

  it.each([
    [{}, 'share', 'name share="figure-id", shares="a, b" or part="figure-id" whole="figure-id"'],
    [
      { share: 'people', shares: 'streets' },
      'share',
      'use one of share, shares or part and whole, not share and shares',
    ],
    [
      { share: 'people', part: 'attracted', whole: 'target' },
      'share',
      'use one of share, shares or part and whole, not share and part and whole',
    ],
    [{ part: 'attracted' }, 'whole', 'part and whole go together: part="figure-id" whole="figure-id"'],
    [{ whole: 'target' }, 'part', 'part and whole go together: part="figure-id" whole="figure-id"'],
    [{ share: 'people', labels: 'A' }, 'labels', 'labels goes with shares; for one share write label="…"'],
    [{ shares: 'people, streets', label: 'A' }, 'label', 'with shares, write labels="A|B", one per share'],
    [{ shares: 'a, b, c, d, e' }, 'shares', 'show at most 4 shares side by side'],
    [{ share: 'people', form: 'pie' }, 'form', undefined],
    [{ share: 'Not An Id' }, 'share', undefined],
    [{ share: 'people', colour: 'red' }, undefined, undefined],
  ])('rejects %j at %s', (attributes, field, message) => {
    const result = proportionChart.state.safeParse(attributes);
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect(issue.path[0]).toBe(field);
    if (message) expect(issue.message).toBe(message);
  });
});

describe('proportionChart.check(state, data)', () => {
  it.each([
    [{ share: 'people' }, undefined],
    [{ shares: 'people, streets, jobs' }, undefined],
    [{ part: 'attracted', whole: 'target' }, undefined],
    [{ part: 'planned', whole: 'groups' }, undefined],
    [{ part: 'zero', whole: 'groups' }, undefined],
    [{ shares: 'people, streets', labels: 'People' }, 'labels has 1 entries for 2 shares; separate them with |'],
    [{ shares: 'people, people' }, 'people is named twice; each share needs its own figure'],
    [{ part: 'groups', whole: 'groups' }, 'groups is named twice; each share needs its own figure'],
    [
      { share: 'attracted' },
      'attracted is count, not a percent; to compute a share from two amounts write part="…" whole="…"',
    ],
    [{ share: 'growth' }, 'growth is a growth figure, not a share of a whole'],
    [{ share: 'over' }, 'over is 109%; a share must be between 0% and 100%'],
    [{ shares: 'people, fall' }, 'fall is down 2%; a share must be between 0% and 100%'],
    [
      { part: 'attracted', whole: 'yuan' },
      'part and whole must share one kind of unit, but attracted is count and yuan is money',
    ],
    [
      { part: 'people', whole: 'streets' },
      'part and whole must be amounts, not percent; for a printed share write share="figure-id"',
    ],
    [{ part: 'groups', whole: 'zero' }, 'whole zero is 0; a share needs a whole above zero'],
    [{ part: 'target', whole: 'attracted' }, 'part target (400) must lie between zero and whole attracted (190)'],
  ])('%j → %s', (attributes, expected) => {
    expect(proportionChart.check(parse(attributes), data)).toBe(expected);
  });
});

describe('proportionPanels(state, data)', () => {
  it('fills a qualified share to its printed value and keeps the qualifier in the text', () => {
    const [panel] = proportionPanels(parse({ share: 'people', label: 'People covered' }), data, EN.text);
    expect([panel!.percent, panel!.value, panel!.label, panel!.planned, panel!.whole]).toEqual([
      80,
      'over 80%',
      'People covered',
      false,
      undefined,
    ]);
  });

  it('gives each of several shares its own label, in order, and marks targets as planned', () => {
    const panels = proportionPanels(parse({ shares: 'streets, jobs', labels: 'Streets|Jobless' }), data, EN.text);
    expect(panels.map((panel) => [panel.datum.id, panel.label, panel.planned])).toEqual([
      ['streets', 'Streets', false],
      ['jobs', 'Jobless', true],
    ]);
  });

  it('computes a share from a part and a whole and says so', () => {
    const [panel] = proportionPanels(parse({ part: 'attracted', whole: 'target' }), data, EN.text);
    expect([panel!.percent, panel!.value, panel!.detail, panel!.label, panel!.whole!.id]).toEqual([
      47.5,
      '47.5% (computed)',
      '190 of the 400 planned',
      'Label attracted',
      'target',
    ]);
  });

  it('draws a planned part hollow', () => {
    const [panel] = proportionPanels(parse({ part: 'planned', whole: 'groups' }), data, EN.text);
    expect([panel!.planned, panel!.value, panel!.detail]).toEqual([true, '≈ 6.7% (computed)', '2 of 30']);
  });
});

describe('proportionChart.describe(state, data)', () => {
  it.each([
    [{ share: 'people', label: 'People covered' }, 'A waffle chart of 100 squares. People covered: over 80%.'],
    [
      { share: 'jobs', form: 'bar', note: 'A ceiling, not a forecast.' },
      'A stacked bar. Label jobs: about 6% (a target). A ceiling, not a forecast.',
    ],
    [
      { shares: 'people, streets', labels: 'People|Streets and communities' },
      '2 waffle charts of 100 squares, side by side. People: over 80%; Streets and communities: over 70%.',
    ],
    [
      { shares: 'people, streets', form: 'bar' },
      '2 stacked bars, one under another. Label people: over 80%; Label streets: over 70%.',
    ],
    [
      { part: 'attracted', whole: 'target', label: 'Large projects attracted' },
      'A waffle chart of 100 squares. Large projects attracted: 190 of the 400 planned, 47.5% (computed).',
    ],
  ])('%j → %s', (attributes, expected) => {
    expect(proportionChart.describe(parse(attributes), data, EN)).toBe(expected);
  });
});
