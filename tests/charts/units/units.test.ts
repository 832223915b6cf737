import { EN, ZH } from '../../support/chart-locale';
import { describe, expect, it } from 'vitest';
import type { ChartDatum } from '../../../src/charts/datum';
import { unitGroups, unitsChart } from '../../../src/charts/units/units';
import { fakeDatum } from '../../support/chart-datum';

const datum = (id: string, base: number, overrides: Partial<ChartDatum> = {}): ChartDatum =>
  fakeDatum(id, base, { label: `Label ${id}`, periodText: 'June 2024', placeText: 'Wuhai', ...overrides });
const data = new Map(
  [
    datum('built', 17),
    datum('under-way', 10),
    datum('planned', 30, { kind: 'target' }),
    datum('parks', 200),
    datum('gardens', 200),
    datum('big', 401),
    datum('huge', 30000, { value: 3, valueText: '30,000' }),
    datum('half', 2.5),
    datum('fewer', -4),
    datum('none', 0),
    datum('share', 12, { dimension: 'percent', valueText: '12%' }),
  ].map((d) => [d.id, d]),
);
const parse = (attributes: Record<string, string>) => unitsChart.state.parse(attributes);

describe('unitsChart.state', () => {
  it('parses comma lists, | labels and defaults', () => {
    expect(parse({ groups: 'built, under-way', labels: 'Built | Under way', note: ' Two more due. ' })).toEqual({
      groups: ['built', 'under-way'],
      highlight: [],
      labels: ['Built', 'Under way'],
      note: 'Two more due.',
    });
  });

  it.each([
    [{}, 'groups'],
    [{ groups: '' }, 'groups'],
    [{ groups: 'Built' }, 'groups'],
    [{ groups: 'built', labels: 'Built||' }, 'labels'],
    [{ groups: 'built', note: ' ' }, 'note'],
  ])('rejects %j at %s', (attributes, field) => {
    const result = unitsChart.state.safeParse(attributes);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path[0]).toBe(field);
  });

  it('rejects per, since one mark is always one thing', () => {
    const result = unitsChart.state.safeParse({ groups: 'built', per: '10' });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toContain('per');
  });
});

describe('unitsChart.check(state, data)', () => {
  it.each([
    [{ groups: 'built, under-way' }, undefined],
    [{ groups: 'parks, parks' }, 'groups names parks more than once'],
    [{ groups: 'built', highlight: 'under-way' }, 'highlight names under-way, which is not among groups'],
    [{ groups: 'built, under-way', labels: 'Built' }, 'labels has 1 entries for 2 groups; separate them with |'],
    [
      { groups: 'built, share' },
      'share is in percent, but a unit chart draws one mark per thing counted; use a figure whose unit is a counter such as 个 or 处, or chart=bars',
    ],
    [{ groups: 'half' }, 'half is 2.5, but a unit chart needs a whole number of things, zero or more'],
    [{ groups: 'fewer' }, 'fewer is -4, but a unit chart needs a whole number of things, zero or more'],
    [
      { groups: 'big' },
      'big counts 401, more than the 400 marks a unit chart draws; show a count this large with chart=bars',
    ],
    [
      { groups: 'huge' },
      'huge counts 30,000, more than the 400 marks a unit chart draws; show a count this large with chart=bars',
    ],
    [{ groups: 'parks, gardens' }, undefined],
    [
      { groups: 'parks, gardens, built' },
      'groups add up to 417 marks, more than the 400 a unit chart draws; show fewer groups, or use chart=bars',
    ],
    [{ groups: 'none' }, undefined],
  ])('%j → %s', (attributes, expected) => {
    expect(unitsChart.check(parse(attributes), data)).toBe(expected);
  });
});

describe('unitGroups(state, data, text)', () => {
  it('highlights the first group unless highlight names others, and draws targets hollow', () => {
    const plain = unitGroups(
      parse({ groups: 'built, under-way, planned', labels: 'Built|Under way|Planned' }),
      data,
      EN.text,
    );
    expect(plain.map((g) => [g.label, g.count, g.highlighted, g.hollow])).toEqual([
      ['Built', 17, true, false],
      ['Under way', 10, false, false],
      ['Planned', 30, false, true],
    ]);
    const chosen = unitGroups(parse({ groups: 'built, under-way', highlight: 'under-way' }), data, EN.text);
    expect(chosen.map((g) => [g.label, g.highlighted])).toEqual([
      ['Label built', false],
      ['Label under-way', true],
    ]);
  });

  it.each([
    [EN, ['Built: 17', 'Planned: 30 (target)']],
    [ZH, ['Built：17', 'Planned：30（目标）']],
  ])('names each run as drawn under the grid, a target marked as one (%#)', (locale, names) => {
    const groups = unitGroups(parse({ groups: 'built, planned', labels: 'Built|Planned' }), data, locale.text);
    expect(groups.map((g) => g.name)).toEqual(names);
  });
});

describe('unitsChart.describe(state, data)', () => {
  it('says what the chart shows in words, every value included', () => {
    const state = parse({
      groups: 'built, under-way, planned',
      labels: 'Built|Under way|Planned',
      note: 'Wuhai, June 2024.',
    });
    expect(unitsChart.describe(state, data, EN)).toBe(
      'Unit chart of 57 marks, one for each thing counted. Built: 17 (highlighted); Under way: 10; Planned: 30 (a target, drawn hollow). Wuhai, June 2024.',
    );
  });

  it('counts a single mark in the singular', () => {
    const one = new Map([['one', datum('one', 1)]]);
    expect(unitsChart.describe(parse({ groups: 'one', labels: 'Line' }), one, EN)).toBe(
      'Unit chart of 1 mark, one for each thing counted. Line: 1 (highlighted).',
    );
  });
});

describe('unitsChart.resolve(state, data)', () => {
  it('hands the component the groups and the note', () => {
    const step = unitsChart.resolve(parse({ groups: 'built', note: 'So far.' }), data, EN);
    expect(step.note).toBe('So far.');
    expect(step.groups.map((g) => g.datum.id)).toEqual(['built']);
  });
});
