import { describe, expect, it } from 'vitest';
import type { CheckedFigure } from '../../src/figures/registry';
import type { RelationResult } from '../../src/figures/relations';
import { figureViews } from '../../src/figures/view';
import { getSources } from '../../src/sources/registry';
import { sourceListProblems, sourcesAndNotes } from '../../src/stories/sources-and-notes';

const figure = (id: string, source: string, note?: string): CheckedFigure => ({
  id,
  label: id,
  value: '1',
  unit: '个',
  kind: 'level',
  period: '2023',
  place: 'wuhai',
  source,
  quote: '1个',
  note,
  topics: ['urban-life'],
  file: 'x',
  line: 1,
  passage: { start: 0, end: 1, anchor: 'p-x' },
});
const check: RelationResult = {
  relation: { id: 'r', kind: 'share', stated: 'b', part: 'a', whole: 'c' },
  file: 'x',
  holds: false,
  computed: '1',
  message: "The source's own figures give 1, not the 2 it states.",
};
const views = figureViews(
  [figure('a', 'hohhot-h1-2024-report', 'An OCR note'), figure('b', 'nmg-daily-economy-2024-07-02'), figure('c', 'nmg-daily-economy-2024-07-02')],
  getSources(),
  [check],
  [],
);

describe('sourcesAndNotes(figureIds, views, sources)', () => {
  it('lists the documents the cited figures come from, in site order, and their notes and checks', () => {
    const section = sourcesAndNotes(['b', 'a', 'b'], views, getSources());
    expect(section.documents.map((source) => source.id)).toEqual(['nmg-daily-economy-2024-07-02', 'hohhot-h1-2024-report']);
    expect(section.notes.map((view) => view.figure.id)).toEqual(['a']);
    expect(section.checked.map((view) => [view.figure.id, view.checks[0]!.holds])).toEqual([['b', false]]);
    expect(section.figureCount).toBe(2);
  });

  it('is empty for a story that cites nothing', () => {
    expect(sourcesAndNotes([], views, getSources())).toEqual({ documents: [], notes: [], checked: [], figureCount: 0 });
  });

  it('refuses an unknown figure', () => {
    expect(() => sourcesAndNotes(['nope'], views, getSources())).toThrow('sourcesAndNotes: no figure nope');
  });
});

describe('sourceListProblems(listed, figureSources)', () => {
  it.each([
    [['a', 'b'], ['a', 'b', 'a'], { missing: [], unused: [] }],
    [['a'], ['a', 'b'], { missing: ['b'], unused: [] }],
    [['a', 'c'], ['a'], { missing: [], unused: ['c'] }],
    [[], [], { missing: [], unused: [] }],
  ])('listed %j, cited %j', (listed, cited, expected) => {
    expect(sourceListProblems(listed, cited)).toEqual(expected);
  });
});
