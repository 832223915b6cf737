import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/lib/text-file';
import { loadFigures, passageAnchor } from '../../src/figures/registry';
import { loadSources, sourceTextFile } from '../../src/sources/registry';
import { readFileSync } from 'node:fs';
import { scratchDirs } from '../support/scratch-dirs';
import { GOOD_FIGURE, figureRecord } from '../support/figure-record';

/** A scratch figures folder holding the given files. */
const figuresDir = scratchDirs('figures');

describe('loadFigures(dir)', () => {
  it('proves a good record and locates its passage in the source', () => {
    const [figure] = loadFigures(figuresDir({ 'a.yaml': figureRecord() }));
    const text = readFileSync(sourceTextFile('nmg-daily-economy-2024-07-02'), 'utf8');
    expect(figure!.value).toBe('3.3');
    expect(text.slice(figure!.passage.start, figure!.passage.end)).toBe(GOOD_FIGURE.quote);
    expect(figure!.passage.anchor).toBe(passageAnchor(GOOD_FIGURE.quote));
    expect(figure!.file).toMatch(/a\.yaml$/);
  });

  it('finds a quote across the print line breaks of the source', () => {
    // nmg-work-report-2024 breaks "增加值增长 16.1%" across two lines.
    const quote = '新能源全产业链增加值增长 16.1%';
    const [figure] = loadFigures(
      figuresDir({
        'a.yaml': figureRecord({
          id: 'nmg-new-energy-growth',
          value: '"16.1"',
          period: '"2023"',
          source: 'nmg-work-report-2024',
          quote,
        }),
      }),
    );
    const text = readFileSync(sourceTextFile('nmg-work-report-2024'), 'utf8');
    const passage = text.slice(figure!.passage.start, figure!.passage.end);
    expect(passage).toContain('\n');
    expect(passage.replace(/\s+/g, '')).toBe(quote.replace(/\s+/g, ''));
  });

  it.each([
    [
      'a quote that is not in the source',
      { quote: '全区采矿业增加值同比增长3.4%' },
      /a\.yaml:9: record 1 "nmg-mining-growth", field quote: not found in source nmg-daily-economy-2024-07-02 \(white space ignored\): it matches up to "….*增加值同比增长3\.", then has "4%…"/,
    ],
    [
      'a value that is not in the quote',
      { value: '"3.2"' },
      /a\.yaml:3: record 1 "nmg-mining-growth", field value: "3\.2" does not stand as a number in the quote/,
    ],
    [
      'a value that is only part of a number in the quote',
      { value: '"3"' },
      /field value: "3" does not stand as a number/,
    ],
    [
      'a unit that is not in the quote',
      { unit: '个百分点' },
      /a\.yaml:4: record 1 "nmg-mining-growth", field unit: "个百分点" does not appear in the quote/,
    ],
    ['an unknown unit', { unit: '斤' }, /a\.yaml:4: record 1 "nmg-mining-growth", field unit: unknown unit "斤"/],
    [
      'an unknown source',
      { source: 'peoples-daily' },
      /a\.yaml:8: record 1 "nmg-mining-growth", field source: unknown source/,
    ],
    [
      'a value given as a number, not as printed',
      { value: '3.3' },
      /a\.yaml:3: record 1 "nmg-mining-growth", field value: must be the number exactly as printed/,
    ],
    ['an unknown kind', { kind: 'estimate' }, /a\.yaml:5: record 1 "nmg-mining-growth", field kind/],
    ['an unknown place', { place: 'mongolia' }, /a\.yaml:7: record 1 "nmg-mining-growth", field place/],
    [
      'a malformed period',
      { period: '"H1 2024"' },
      /a\.yaml:6: record 1 "nmg-mining-growth", field period: must be a period/,
    ],
    ['a missing quote', { quote: undefined }, /a\.yaml:1: record 1 "nmg-mining-growth", field quote/],
    [
      'an unknown field',
      { colour: 'red' },
      /a\.yaml:1: record 1 "nmg-mining-growth", field \(record\): Unrecognized key: "colour"/,
    ],
    ['no topics', { topics: '[]' }, /field topics: list at least one topic/],
    [
      'a note with none in Chinese',
      { note: 'An editor’s note.' },
      /a\.yaml:1: record 1 "nmg-mining-growth", field note_zh: must give the note in Chinese whenever note is given/,
    ],
    [
      'a note in Chinese with none in English',
      { note_zh: '编者注。' },
      /a\.yaml:\d+: record 1 "nmg-mining-growth", field note_zh: must give the note in Chinese whenever note is given, and only then/,
    ],
    [
      'a hedge read as another qualifier (以上 includes the number)',
      { value: '"70"', period: '"2023"', qualifier: 'over', quote: '覆盖全市70%以上的街道社区' },
      /a\.yaml:12: record 1 "nmg-mining-growth", field qualifier: the quote hedges 70 with 以上, which the site always renders "at least"; write qualifier: at least/,
    ],
    [
      'a hedge with no qualifier',
      {
        value: '"1920"',
        unit: '亿千瓦时',
        kind: 'cumulative',
        period: '"2024-06"',
        quote: '累计输送电量超过1920亿千瓦时',
      },
      /a\.yaml:1: record 1 "nmg-mining-growth", field qualifier: the quote hedges 1920 with 超过, .*; write qualifier: over/,
    ],
  ])('fails on %s, naming the file, line, record and field', (_case, change, message) => {
    const dir = figuresDir({ 'a.yaml': figureRecord(change) });
    expect(() => loadFigures(dir)).toThrow(DataError);
    expect(() => loadFigures(dir)).toThrow(message);
  });

  it('fails on an id used twice, naming both places', () => {
    const dir = figuresDir({ 'a.yaml': figureRecord(), 'b.yaml': figureRecord() });
    expect(() => loadFigures(dir)).toThrow(
      /b\.yaml:1: record 1 "nmg-mining-growth", field id: duplicate id; first used at .*a\.yaml:1/,
    );
  });

  it('reports every problem in every file at once', () => {
    const dir = figuresDir({
      'a.yaml': figureRecord({ value: '"9.9"' }),
      'b.yaml': figureRecord({ id: 'other', unit: '万吨' }),
    });
    expect(() => loadFigures(dir)).toThrow(/^2 problem\(s\) in the figure base:\n.*a\.yaml.*\n.*b\.yaml/);
  });

  it('reads every source it is given', () => {
    expect(loadSources().length).toBe(5);
  });
});
