import type { ChartDatum } from '../../src/charts/datum';
import { isAhead } from '../../src/figures/figure';

/**
 * A ChartDatum for tests: a count of `base` in Inner Mongolia in 2024, with any field overridden; a target or forecast
 * kind sets `ahead`, as chartDatum does.
 */
export function fakeDatum(id: string, base: number, overrides: Partial<ChartDatum> = {}): ChartDatum {
  const kind = overrides.kind ?? 'level';
  return {
    ...(isAhead(kind) && { ahead: kind }),
    id,
    label: id,
    value: base,
    base,
    valueText: String(base),
    unit: '个',
    dimension: 'count',
    kind: 'level',
    period: '2024',
    periodText: '2024',
    placeText: 'Inner Mongolia',
    href: '',
    sourceHref: '',
    credit: '',
    ...overrides,
  };
}

/** A percent ChartDatum for tests, its value as readers see it: "5%", or "down 3%" below zero. */
export function fakePercent(id: string, base: number, overrides: Partial<ChartDatum> = {}): ChartDatum {
  return fakeDatum(id, base, {
    label: `Label ${id}`,
    valueText: base < 0 ? `down ${-base}%` : `${base}%`,
    unit: '%',
    dimension: 'percent',
    kind: 'growth',
    ...overrides,
  });
}
