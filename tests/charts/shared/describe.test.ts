import { describe, expect, it } from 'vitest';
import { CHART_DEFINITIONS, type ChartName } from '../../../src/charts/catalogue';
import { withNote } from '../../../src/charts/shared/describe';
import { fakeDatum } from '../../support/chart-datum';
import { EN, ZH } from '../../support/chart-locale';

describe('withNote(description, note, text)', () => {
  it.each([
    [EN, 'Bar chart.', 'A note.', 'Bar chart. A note.'],
    [ZH, '条形图。', '一条说明。', '条形图。一条说明。'],
    [EN, 'Bar chart.', undefined, 'Bar chart.'],
  ])('appends the step’s note in its language', (locale, description, note, expected) => {
    expect(withNote(description, note, locale.text)).toBe(expected);
  });
});

// Figures as a Chinese page's charts receive them: labels, values, places and periods in Chinese.
const data = new Map(
  [
    fakeDatum('a', 7.2, { label: '规模以上工业增加值增速', valueText: '增长7.2%', unit: '%', dimension: 'percent' }),
    fakeDatum('b', 7, { label: '全年增长目标', valueText: '7%左右', unit: '%', dimension: 'percent', kind: 'target' }),
    fakeDatum('c', 17, { label: '已建成口袋公园', valueText: '17处', unit: '处', periodText: '截至2024年6月' }),
    fakeDatum('d', 10, { label: '在建口袋公园', valueText: '10处', unit: '处', periodText: '2024年6月' }),
    fakeDatum('e', 80, { label: '四个基地占比', valueText: '80%', unit: '%', dimension: 'percent', kind: 'share' }),
    fakeDatum('f', 871, {
      label: '重点项目完成投资',
      valueText: '871亿元',
      dimension: 'money',
      period: '2024-01/2024-06',
    }),
    fakeDatum('g', 1550, { label: '年度计划投资', valueText: '1550亿元', dimension: 'money', kind: 'target' }),
  ].map((datum) => [
    datum.id,
    { ...datum, placeText: '内蒙古', periodText: datum.periodText.replace('2024', '2024年') },
  ]),
);

// One step of each chart type, with a highlight, a target or a note where the chart has them.
const STEPS: [ChartName, Record<string, string>][] = [
  ['bars', { figures: 'a, b', highlight: 'a', note: '第二根柱是目标。' }],
  ['big-number', { figures: 'a, b' }],
  ['units', { groups: 'c, d', highlight: 'd' }],
  ['line', { figures: 'd, c', at: '2023|2024-06', highlight: 'c' }],
  ['proportion', { share: 'e', label: '占比' }],
  ['progress', { figures: 'f', targets: 'g', highlight: 'f' }],
  ['map', { view: 'inner-mongolia', highlight: 'hohhot, wuhai', figures: 'c', points: 'baotou' }],
];

describe('describe(state, data, locale) of every chart in Chinese', () => {
  it.each(STEPS)('%s speaks only Chinese, with Chinese punctuation', (name, attributes) => {
    const chart = CHART_DEFINITIONS[name];
    const description = chart.describe(chart.state.parse(attributes), data, ZH);
    expect(description.match(/[A-Za-z]+/g) ?? []).toEqual([]);
    // English separators; a decimal point is not one.
    expect(description).not.toMatch(/[;:,]|\.(?!\d)/);
    expect(description).toMatch(/。$/);
  });
});
