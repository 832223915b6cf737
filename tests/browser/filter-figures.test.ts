import { describe, expect, it } from 'vitest';
import { matchesFilters, matchesWords, queryString, readQuery, searchText } from '../../src/browser/filter-figures';

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

describe('matchesWords(text, query)', () => {
  it.each([
    ['wind power capacity', 'power', true],
    ['wind power capacity', 'capacity wind', true],
    ['wind power capacity', 'wind coal', false],
    ['风电装机容量', '装机', true],
    ['wind power', '   ', true],
    ['wind power', 'ＷＩＮＤ', true],
  ])('%j holds %j: %s', (text, query, expected) => {
    expect(matchesWords(searchText(text), query)).toBe(expected);
  });
});

describe('readQuery(params) and queryString(query)', () => {
  it('reads the filters and the search words, leaving out empty ones and unknown names', () => {
    expect(readQuery(new URLSearchParams('topic=energy&q=%E9%A3%8E%E7%94%B5&place=&evil=1'))).toEqual({
      topic: 'energy',
      q: '风电',
    });
  });

  it('writes a query back as the address query it was read from', () => {
    const query = { source: 'nmg-work-report-2024', kind: 'target', q: 'wind power' };
    expect(queryString(query)).toBe('?source=nmg-work-report-2024&kind=target&q=wind+power');
    expect(readQuery(new URLSearchParams(queryString(query)))).toEqual(query);
    expect(queryString({ q: ' ' })).toBe('');
  });
});
