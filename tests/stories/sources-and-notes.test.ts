import { describe, expect, it } from 'vitest';
import type { CheckedFigure } from '../../src/figures/registry';
import type { RelationResult } from '../../src/figures/relations';
import { figureViews } from '../../src/figures/view';
import { loadSources } from '../../src/sources/registry';
import { squeeze } from '../../src/sources/quote-match';
import { missingSources, sourcesAndNotes, unsourcedQuotes } from '../../src/stories/sources-and-notes';
import { fakeFigure } from '../support/checked-figure';

const figure = (id: string, source: string, note?: string): CheckedFigure =>
  fakeFigure(id, {
    period: '2023',
    place: 'wuhai',
    source,
    note,
    topics: ['urban-life'],
    passage: { start: 0, end: 1, anchor: 'p-x' },
  });
const check: RelationResult = {
  relation: { id: 'r', kind: 'share', stated: 'b', part: 'a', whole: 'c' },
  file: 'x',
  holds: false,
  computed: '1',
  message: "The source's own figures give 1, not the 2 it states.",
  messageZh: '按文件自身的数字计算，应为1，与文中所列的2不符。',
};
const defect = {
  text: 'A misprint in the first character.',
  text_zh: '首字印错。',
  quote: '某某',
  passage: { start: 0, end: 1 },
};
const views = figureViews(
  [
    figure('a', 'hohhot-h1-2024-report', 'An OCR note'),
    figure('b', 'nmg-daily-economy-2024-07-02'),
    figure('c', 'nmg-daily-economy-2024-07-02'),
  ],
  loadSources().map((source) =>
    source.id === 'nmg-daily-economy-2024-07-02' ? { ...source, defects: [defect] } : source,
  ),
  [check],
  [],
);

describe('sourcesAndNotes(figureIds, listed, views, sources)', () => {
  it('lists the documents the cited figures come from, in site order, and their notes and checks', () => {
    const section = sourcesAndNotes(['b', 'a', 'b'], [], views, loadSources());
    expect(section.documents.map((source) => source.id)).toEqual([
      'nmg-daily-economy-2024-07-02',
      'hohhot-h1-2024-report',
    ]);
    expect(section.notes.map((view) => view.figure.id)).toEqual(['a']);
    expect(section.checked.map((view) => [view.figure.id, view.checks[0]!.holds])).toEqual([['b', false]]);
    expect(section.defective.map((view) => [view.figure.id, view.defects])).toEqual([['b', [defect]]]);
    expect(section.figureCount).toBe(2);
  });

  it('adds a listed document the story quotes without citing a figure from it', () => {
    const section = sourcesAndNotes(['a'], ['nmg-industry-review-2023'], views, loadSources());
    expect(section.documents.map((source) => source.id)).toEqual(['nmg-industry-review-2023', 'hohhot-h1-2024-report']);
  });

  it('is empty for a story that cites nothing', () => {
    expect(sourcesAndNotes([], [], views, loadSources())).toEqual({
      documents: [],
      notes: [],
      checked: [],
      defective: [],
      figureCount: 0,
    });
  });

  it('refuses an unknown figure', () => {
    expect(() => sourcesAndNotes(['nope'], [], views, loadSources())).toThrow('sourcesAndNotes: no figure nope');
  });
});

describe('missingSources(listed, figureSources)', () => {
  it.each([
    [['a', 'b'], ['a', 'b', 'a'], []],
    [['a'], ['a', 'b', 'b'], ['b']],
    [['a', 'c'], ['a'], []],
    [[], [], []],
  ])('listed %j, cited %j', (listed, cited, expected) => {
    expect(missingSources(listed, cited)).toEqual(expected);
  });
});

describe('unsourcedQuotes(quotes, sourceTexts)', () => {
  const texts = [squeeze('今年1-5月，全区规模以上工业增加值\n同比增长7.2%'), squeeze('打造呼包鄂通新能源装备制造基地')];
  it.each([
    ['a quote across a line break', '工业增加值同比增长7.2%', []],
    ['a quote from the second text', '呼包鄂通', []],
    ['a quote edited from the source', '同比增长7.3%', ['同比增长7.3%']],
    ['a quote with a half-width comma', '今年1-5月,全区', ['今年1-5月,全区']],
  ])('%s', (_case, text, expected) => {
    expect(unsourcedQuotes([{ text, line: 3 }], texts).map((quote) => quote.text)).toEqual(expected);
  });
});
