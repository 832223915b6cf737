import { describe, expect, it } from 'vitest';
import { findFigures, searchable } from '../../src/browser/figure-finder';
import type { IndexedFigure } from '../../src/lib/figure-index';

const record = (id: string, overrides: Partial<IndexedFigure>): IndexedFigure => ({
  id,
  value: '1',
  label: id,
  label_zh: '',
  meta: 'Inner Mongolia · 2023 · level',
  story: '',
  topic: 'industry',
  place: 'inner-mongolia',
  source: 'nmg-work-report-2024',
  kind: 'outcome',
  ...overrides,
});

const index = searchable([
  record('wind', { label: 'Wind power capacity', label_zh: '风电装机', topic: 'energy new-energy', value: '10 GW' }),
  record('parks', { label: 'Pocket parks built', label_zh: '口袋公园', place: 'wuhai', meta: 'Wuhai · 2023 · level' }),
  record('target', { label: 'Wind farms planned', label_zh: '风电项目', kind: 'target', story: 'energy-corridors' }),
]);

describe('findFigures(records, query)', () => {
  it.each([
    ['no query', {}, ['wind', 'parks', 'target']],
    ['an English word, any case', { q: 'WIND' }, ['wind', 'target']],
    ['two words, both needed, in any order', { q: 'capacity wind' }, ['wind']],
    ['Chinese, by substring', { q: '风电' }, ['wind', 'target']],
    ['a Chinese place name', { q: '乌海' }, ['parks']],
    ['full-width letters folded', { q: 'ｗｉｎｄ' }, ['wind', 'target']],
    ['a value', { q: '10 gw' }, ['wind']],
    ['words and a filter', { q: 'wind', kind: 'target' }, ['target']],
    ['a story', { story: 'energy-corridors' }, ['target']],
    ['one topic of several', { topic: 'new-energy' }, ['wind']],
    ['nothing matching', { q: 'coal' }, []],
  ])('%s', (_case, query, expected) => {
    expect(findFigures(index, query).map((figure) => figure.id)).toEqual(expected);
  });
});
