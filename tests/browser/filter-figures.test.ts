import { describe, expect, it } from 'vitest';
import { matchesFilters } from '../../src/browser/filter-figures';

const entry = {
  story: 'parks energy',
  topic: 'urban-life ecology',
  place: 'wuhai',
  source: 'nmg-daily',
  kind: 'outcome',
};

describe('matchesFilters(data, chosen)', () => {
  it.each([
    ['no filter chosen', {}, true],
    ['empty choices', { story: '', topic: '' }, true],
    ['one of its topics', { topic: 'ecology' }, true],
    ['a topic it lacks', { topic: 'trade' }, false],
    ['a topic that is only a prefix of one it has', { topic: 'urban' }, false],
    ['one of its stories and its place', { story: 'energy', place: 'wuhai' }, true],
    ['its place but another kind', { place: 'wuhai', kind: 'target' }, false],
  ])('%s', (_case, chosen, expected) => {
    expect(matchesFilters(entry, chosen)).toBe(expected);
  });

  it('does not match a chosen story when the entry is in none', () => {
    expect(matchesFilters({ ...entry, story: '' }, { story: 'parks' })).toBe(false);
  });
});
