import { describe, expect, it } from 'vitest';
import { chartDatum } from '../../src/charts/datum';
import { figureViews } from '../../src/figures/view';
import { loadSources } from '../../src/sources/registry';
import { fakeFigure } from '../support/checked-figure';

const figure = fakeFigure('wuhai-parks', {
  label: 'Pocket parks built',
  label_zh: '已建成“口袋公园”',
  value: '17',
  unit: '处',
  kind: 'cumulative',
  quote: '现在乌海市已建成17处',
  period: '2024-06',
  place: 'wuhai',
  direction: 'down',
});
const [view] = figureViews([figure], loadSources(), [], []);

describe('chartDatum(view, lang)', () => {
  it.each([
    ['en', { label: 'Pocket parks built', valueText: 'down 17', periodText: 'June 2024', placeText: 'Wuhai' }],
    [
      'zh',
      {
        label: '已建成“口袋公园”',
        valueText: '17处',
        periodText: '截至2024年6月',
        placeText: '乌海',
        credit: '自治区级日报，2024年7月2日',
      },
    ],
  ] as const)('writes its texts in %s', (lang, texts) => {
    expect(chartDatum(view!, lang)).toMatchObject(texts);
  });

  it('plots the same numbers in both languages, a fall below zero', () => {
    const [en, zh] = (['en', 'zh'] as const).map((lang) => chartDatum(view!, lang));
    expect([en!.value, en!.base]).toEqual([-17, -17]);
    expect([zh!.value, zh!.base]).toEqual([en!.value, en!.base]);
  });

  it('links each edition to the figure and its passage in that edition', () => {
    const [en, zh] = (['en', 'zh'] as const).map((lang) => chartDatum(view!, lang));
    expect([en!.href, en!.sourceHref]).toEqual([
      '/figures/nmg-daily-economy-2024-07-02/#wuhai-parks',
      '/sources/nmg-daily-economy-2024-07-02/#p-test',
    ]);
    expect([zh!.href, zh!.sourceHref]).toEqual([`/zh${en!.href}`, `/zh${en!.sourceHref}`]);
  });
});
