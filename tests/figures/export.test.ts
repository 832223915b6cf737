import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS, exportRecords, spreadsheetSafe, toCsv } from '../../src/figures/export';
import { figureViews } from '../../src/figures/view';
import type { CheckedFigure } from '../../src/figures/registry';
import type { RelationResult } from '../../src/figures/relations';
import { loadSources } from '../../src/sources/registry';
import { fakeFigure } from '../support/checked-figure';

const figure: CheckedFigure = fakeFigure('nmg-mining-growth', {
  label: 'Growth of mining value added, "larger firms"',
  value: '3.3',
  unit: '%',
  kind: 'growth',
  period: '2024-01/2024-05',
  quote: '全区采矿业增加值同比增长3.3%，\n有26个行业',
  note: 'A note, with a comma',
  note_zh: '编者注，含逗号。',
  topics: ['industry', 'energy'],
  passage: { start: 10, end: 20, anchor: 'p-abc' },
});
const check: RelationResult = {
  relation: { id: 'r', kind: 'gap', stated: 'nmg-mining-growth', a: 'x', b: 'y' },
  file: 'data/relations/x.yaml',
  holds: false,
  computed: '3.10',
  message: "The source's own figures give 3.10%, not the 3.3% it states.",
  messageZh: '按文件自身的数字计算，应为3.10%，与文中所列的3.3%不符。',
};
const views = figureViews(
  [figure],
  loadSources(),
  [check],
  [{ slug: 'a-story', title: 'A story', titleZh: '一篇报道', figureIds: ['nmg-mining-growth'] }],
);
const links = {
  figure: (source: string, id: string) => `/figures/${source}/#${id}`,
  passage: (source: string, anchor: string) => `/sources/${source}/#${anchor}`,
};
const site = new URL('https://example.org/base/');

describe('exportRecords(views, site, links)', () => {
  it('publishes every provenance field with absolute URLs, in the stable column order', () => {
    const [record] = exportRecords(views, site, links);
    expect(Object.keys(record!)).toEqual([...EXPORT_COLUMNS]);
    expect(record).toMatchObject({
      id: 'nmg-mining-growth',
      value: '3.3',
      unit: '%',
      value_en: '3.3%',
      value_zh: '增长3.3%',
      period_en: 'January–May 2024',
      period_zh: '2024年1—5月',
      locality_zh: null,
      label_zh: '标签',
      topics: ['industry', 'energy'],
      stories: ['a-story'],
      note_zh: '编者注，含逗号。',
      checks: [{ relation: 'r', holds: false, message: check.message, message_zh: check.messageZh }],
      figure_url: 'https://example.org/figures/nmg-daily-economy-2024-07-02/#nmg-mining-growth',
      source_url: 'https://example.org/sources/nmg-daily-economy-2024-07-02/#p-abc',
    });
  });
});

describe('toCsv(records)', () => {
  const csv = toCsv(exportRecords(views, site, links));

  it('starts with a UTF-8 byte-order mark and ends lines with CRLF', () => {
    expect(csv.startsWith('\uFEFFid,label,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${EXPORT_COLUMNS.join(',')}`);
  });

  it('round-trips through a CSV parser, quotes, commas and newlines included', () => {
    const [row] = csvParse(csv.slice(1).replace(/\r\n/g, '\n'));
    expect(row!.label).toBe(figure.label);
    expect(row!.quote).toBe(figure.quote);
    expect(row!.note).toBe(figure.note);
    expect(row!.note_zh).toBe(figure.note_zh);
    expect(row!.topics).toBe('industry; energy');
    expect(row!.label_zh).toBe('标签');
    expect(row!.checks).toBe(check.message);
  });

  it('writes only the header for no records', () => {
    expect(toCsv([])).toBe(`\uFEFF${EXPORT_COLUMNS.join(',')}\r\n`);
  });
});

describe('spreadsheetSafe(text)', () => {
  it.each([
    ['=HYPERLINK("https://evil.example")', `'=HYPERLINK("https://evil.example")`],
    ['+1+1', `'+1+1`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['-cmd|calc', `'-cmd|calc`],
    ['\tTAB', `'\tTAB`],
    ['-2.1', '-2.1'],
    ['1869.2', '1869.2'],
    ['Gross domestic product', 'Gross domestic product'],
    ['', ''],
  ])('%j → %j', (text, expected) => {
    expect(spreadsheetSafe(text)).toBe(expected);
  });
});
