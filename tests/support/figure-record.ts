/** A figure record that proves: the regional daily's mining growth, as data/figures/*.yaml would hold it. */
export const GOOD_FIGURE = {
  id: 'nmg-mining-growth',
  label: 'Growth of mining value added',
  value: '"3.3"',
  unit: '"%"',
  kind: 'growth',
  period: '"2024-01/2024-05"',
  place: 'inner-mongolia',
  source: 'nmg-daily-economy-2024-07-02',
  // The source breaks no line here, but prints it with full-width punctuation around it.
  quote: '全区采矿业增加值同比增长3.3%',
  topics: '[industry]',
  label_zh: '采矿业增加值增速',
};

/**
 * GOOD_FIGURE as one YAML record, one field per line in its order, with `change`'s fields replaced, removed (given
 * undefined) or added at the end.
 */
export function figureRecord(change: Readonly<Record<string, string | undefined>> = {}): string {
  return Object.entries({ ...GOOD_FIGURE, ...change })
    .filter(([, value]) => value !== undefined)
    .map(([key, value], i) => `${i === 0 ? '- ' : '  '}${key}: ${value}`)
    .join('\n');
}
