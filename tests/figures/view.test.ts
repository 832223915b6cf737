import { describe, expect, it } from 'vitest';
import { figureViews } from '../../src/figures/view';
import type { CheckedFigure } from '../../src/figures/registry';
import { loadSources } from '../../src/sources/registry';
import { fakeFigure } from '../support/checked-figure';

const base: CheckedFigure = fakeFigure('wuhai-parks', {
  label: 'Pocket parks built',
  value: '17',
  quote: '17个',
  period: '2024-06',
  place: 'wuhai',
  topics: ['urban-life'],
});

describe('figureViews(figures, sources, relations, stories)', () => {
  it('gives each figure its English value, period, place, kind and credit', () => {
    const [view] = figureViews([base], loadSources(), [], []);
    expect(view).toMatchObject({
      valueEn: '17',
      periodEn: 'June 2024',
      placeEn: 'Wuhai',
      kindEn: 'level',
      credit: 'Regional daily newspaper of Inner Mongolia, 2 July 2024',
      checks: [],
      stories: [],
    });
  });

  it('gives each figure its value as printed, period and place in Chinese', () => {
    const [view] = figureViews([{ ...base, kind: 'cumulative' }], loadSources(), [], []);
    expect(view).toMatchObject({ valueZh: '17个', periodZh: '截至2024年6月', placeZh: '乌海' });
  });

  it('names the locality before the place in English, and after it in Chinese', () => {
    const local = { ...base, locality: 'Haibowan district', locality_zh: '海勃湾区' };
    const [view] = figureViews([local], loadSources(), [], []);
    expect(view!.placeEn).toBe('Haibowan district, Wuhai');
    expect(view!.placeZh).toBe('乌海海勃湾区');
  });

  it.each([
    ['wuhai', '海勃湾区', '乌海海勃湾区'],
    ['inner-mongolia', '伊敏换流站', '内蒙古伊敏换流站'],
    ['baotou', '工商银行包头分行', '工商银行包头分行'],
    ['inner-mongolia', '蒙能集团', '蒙能集团'],
    ['xilingol', '±800千伏锡盟—泰州直流输电线路', '±800千伏锡盟—泰州直流输电线路'],
    ['inner-mongolia', '世界蒙商大会（呼和浩特，7月21日）', '世界蒙商大会（呼和浩特，7月21日）'],
  ] as const)('sets %s and %s as %s in Chinese, never in brackets', (place, locality_zh, placeZh) => {
    const local = { ...base, place, locality: 'A locality', locality_zh };
    expect(figureViews([local], loadSources(), [], [])[0]!.placeZh).toBe(placeZh);
  });

  it('lists the stories that use a figure, and only those', () => {
    const stories = [
      { slug: 'parks', title: 'Parks', titleZh: '公园', figureIds: ['wuhai-parks'] },
      { slug: 'energy', title: 'Energy', titleZh: '能源', figureIds: ['other'] },
    ];
    expect(figureViews([base], loadSources(), [], stories)[0]!.stories).toEqual([
      { slug: 'parks', title: 'Parks', titleZh: '公园' },
    ]);
  });

  // A defect's words at offsets 10 to 20 (end exclusive) of the figure's source.
  it.each([
    ['inside the quote', { start: 5, end: 30 }, true],
    ['overlapping its start', { start: 15, end: 30 }, true],
    ['overlapping its end', { start: 0, end: 11 }, true],
    ['ending where the defect starts', { start: 0, end: 10 }, false],
    ['starting where the defect ends', { start: 20, end: 30 }, false],
  ])('shows a known defect of the source beside a figure whose quote is %s: %j', (_case, passage, shown) => {
    const defect = { text: 'A misprint.', text_zh: '印错。', quote: '某某', passage: { start: 10, end: 20 } };
    const noQuote = { text: 'No quote.', text_zh: '无引文。' };
    const sources = loadSources().map((source) => ({ ...source, defects: [noQuote, defect] }));
    const [view] = figureViews([{ ...base, passage: { ...passage, anchor: 'p-x' } }], sources, [], []);
    expect(view!.defects).toEqual(shown ? [defect] : []);
  });

  it('refuses a figure whose source is unknown', () => {
    expect(() => figureViews([{ ...base, source: 'nope' }], loadSources(), [], [])).toThrow(
      'figure wuhai-parks names unknown source nope',
    );
  });
});
