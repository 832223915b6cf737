import { describe, expect, it } from 'vitest';
import { computedShare, partOfWhole } from '../../../src/charts/shared/computed-share';
import { fakeDatum } from '../../support/chart-datum';
import { EN, ZH } from '../../support/chart-locale';

describe('computedShare(percent, text)', () => {
  it.each([
    [47.5, '47.5% (computed)'],
    [50, '50% (computed)'],
    [(30 / 38) * 100, '≈ 78.9% (computed)'],
    [(2 / 3) * 100, '≈ 66.7% (computed)'],
    [0, '0% (computed)'],
    [100, '100% (computed)'],
  ])('%d → %s', (percent, expected) => {
    expect(computedShare(percent, EN.text)).toBe(expected);
  });
});

describe('partOfWhole(part, whole, text)', () => {
  const part = fakeDatum('part', 190, { valueText: '190' });
  it.each([
    [EN, fakeDatum('whole', 400, { valueText: '400' }), '190 of 400'],
    [EN, fakeDatum('whole', 400, { valueText: '400', kind: 'target' }), '190 of the 400 planned'],
    [EN, fakeDatum('whole', 400, { valueText: '400', kind: 'forecast' }), '190 of 400'],
    [ZH, fakeDatum('whole', 400, { valueText: '400个', kind: 'target' }), '计划400个中的190'],
  ])('names the part of its whole, and a planned whole as planned (%#)', (locale, whole, expected) => {
    expect(partOfWhole(part, whole, locale.text)).toBe(expected);
  });
});
