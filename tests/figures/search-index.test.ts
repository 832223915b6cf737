import { describe, expect, it } from 'vitest';
import { searchIndex } from '../../src/figures/search-index';
import { figureViews } from '../../src/figures/view';
import type { Source } from '../../src/sources/source';
import { fakeFigure } from '../support/checked-figure';

const source: Source = {
  id: 'nmg-work-report-2024',
  seed: 'seed.txt',
  sha256: '0'.repeat(64),
  title_en: 'Work report',
  title_zh: '政府工作报告',
  publisher: 'Government',
  publisher_zh: '政府',
  kind: 'government work report',
  date: '2024-01',
  period: '2023',
  period_zh: '2023年',
  language: 'zh-Hans',
  defects: [],
};
const views = figureViews(
  [
    fakeFigure('nmg-gdp-growth-2024-target', {
      label: 'GDP growth target',
      label_zh: '地区生产总值增长',
      value: '6',
      unit: '%',
      kind: 'target',
      qualifier: 'at least',
      source: source.id,
      topics: ['industry', 'investment'],
    }),
    fakeFigure('wuhai-parks-2023', { label: 'Pocket parks', place: 'wuhai', locality: 'Haibowan', source: source.id }),
  ],
  [source],
  [],
  [{ slug: 'a-story', title: 'A story', titleZh: '一篇报道', figureIds: ['wuhai-parks-2023'] }],
);

describe('searchIndex(views, lang)', () => {
  it('gives each figure what a result shows and what the filters read, and no quote', () => {
    expect(searchIndex(views, 'en')).toEqual([
      {
        id: 'nmg-gdp-growth-2024-target',
        value: 'at least 6%',
        label: 'GDP growth target',
        label_zh: '地区生产总值增长',
        meta: 'Inner Mongolia · 2024 · target or plan',
        story: '',
        topic: 'industry investment',
        place: 'inner-mongolia',
        source: 'nmg-work-report-2024',
        kind: 'target',
      },
      {
        id: 'wuhai-parks-2023',
        value: '1',
        label: 'Pocket parks',
        label_zh: '标签',
        meta: 'Haibowan, Wuhai · 2024 · level',
        story: 'a-story',
        topic: 'industry',
        place: 'wuhai',
        source: 'nmg-work-report-2024',
        kind: 'outcome',
      },
    ]);
  });

  it('gives Chinese readers the figure as the document prints it, its Chinese label and the quote to search', () => {
    const [, parks] = searchIndex(views, 'zh');
    expect(parks).toEqual({
      id: 'wuhai-parks-2023',
      value: views[1]!.valueZh,
      label: '标签',
      label_zh: '',
      meta: `${views[1]!.placeZh} · ${views[1]!.periodZh} · 总量`,
      quote: '1个',
      story: 'a-story',
      topic: 'industry',
      place: 'wuhai',
      source: 'nmg-work-report-2024',
      kind: 'outcome',
    });
  });
});
