import type { CheckedFigure } from '../../src/figures/registry';

/** A figure as the registry returns it, for tests: a count of 1 in Inner Mongolia in 2024, with any field overridden. */
export function fakeFigure(id: string, overrides: Partial<CheckedFigure> = {}): CheckedFigure {
  return {
    id,
    label: id,
    label_zh: '标签',
    value: '1',
    unit: '个',
    kind: 'level',
    period: '2024',
    place: 'inner-mongolia',
    source: 'nmg-daily-economy-2024-07-02',
    quote: '1个',
    topics: ['industry'],
    file: 'data/figures/test.yaml',
    line: 1,
    passage: { start: 0, end: 1, anchor: 'p-test' },
    ...overrides,
  };
}
