import { describe, expect, it } from 'vitest';
import { containsNumber, findQuote, longestMatchingPrefix, squeeze } from '../../src/sources/quote-match';

const source = '全区规模以上工业增加值同比增长7.2%，高于\n全国平均水平1.0个百分点。外送电量达到 5500 亿千瓦时。';

describe('findQuote(source, quote)', () => {
  it.each([
    ['a quote across a print line break', '高于全国平均水平', '高于\n全国平均水平'],
    ['a quote whose source has spaces around the number', '5500亿千瓦时', '5500 亿千瓦时'],
    ['a quote with spaces the source lacks', '增长 7.2 %', '增长7.2%'],
    ['a quote with CJK full-width spaces', '同比\u3000增长', '同比增长'],
  ])('finds %s, giving offsets in the original', (_case, quote, original) => {
    const found = findQuote(squeeze(source), quote);
    expect(found).toBeDefined();
    expect(source.slice(found!.start, found!.end)).toBe(original);
  });

  it.each([
    ['an edited quote', '高于全国平均1.0个百分点'],
    ['a half-width comma for a full-width one', '增长7.2%,高于'],
    ['an empty quote', ''],
    ['a quote of only white space', ' \n\u3000'],
  ])('does not find %s', (_case, quote) => {
    expect(findQuote(squeeze(source), quote)).toBeUndefined();
  });
});

describe('longestMatchingPrefix(source, quote)', () => {
  it('shows how far a wrong quote matches', () => {
    expect(longestMatchingPrefix(squeeze(source), '全国平均水平2.0个百分点')).toBe('全国平均水平');
  });
});

describe('containsNumber(text, value)', () => {
  it.each([
    ['增长7.2%', '7.2', true],
    ['增长17.2%', '7.2', false],
    ['增长7.25%', '7.2', false],
    ['增长7.2%和35.0%', '35.0', true],
    ['增长35.0%', '35', false],
    ['第 7 位', '7', true],
    ['5500 亿千瓦时', '5500', true],
    ['四交三直', '四', true],
    ['下降-2.1%', '-2.1', true],
    ['', '7', false],
  ])('%j contains %j: %s', (text, value, expected) => {
    expect(containsNumber(text, value)).toBe(expected);
  });
});
