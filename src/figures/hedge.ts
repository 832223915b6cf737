import type { Figure } from './figure';
import { numberPositions, squeeze } from '../sources/quote-match';

type Qualifier = NonNullable<Figure['qualifier']>;

/**
 * Each Chinese hedge on a number and its one English rendering, by where it stands: before the number, between it and
 * its unit, or after both. 以上 and 不低于 include the number ("at least"); 超,
 * 超过, 突破, 余 and 多 exclude it ("over"); 及以下 and 以下 include it ("up to").
 */
export const HEDGES: { before: [string, Qualifier][]; between: [string, Qualifier][]; after: [string, Qualifier][] } = {
  // Longest first, so 超过 is read before 超.
  before: [
    ['不低于', 'at least'],
    ['超过', 'over'],
    ['突破', 'over'],
    ['超', 'over'],
    ['近', 'nearly'],
  ],
  between: [
    ['余', 'over'],
    ['多', 'over'],
  ],
  after: [
    ['及以下', 'up to'],
    ['以下', 'up to'],
    ['以上', 'at least'],
    ['左右', 'about'],
  ],
};

/** A hedge the quote puts on a figure's number, and the qualifier it takes. */
export interface QuoteHedge {
  hedge: string;
  qualifier: Qualifier;
}

/**
 * The hedge that stands right before `value`, or right after it and its unit (`unitText` as printed, 万 and all), at
 * the first place in `quote` where the number carries one; undefined when none does.
 */
export function quoteHedge(quote: string, value: string, unitText: string): QuoteHedge | undefined {
  const text = squeeze(quote).text;
  const unit = squeeze(unitText).text;
  for (const at of numberPositions(text, value)) {
    const before = HEDGES.before.find(([hedge]) => text.slice(0, at).endsWith(hedge));
    if (before) return { hedge: before[0], qualifier: before[1] };
    let rest = text.slice(at + value.replace(/^-/, '').length);
    const between = HEDGES.between.find(([hedge]) => rest.startsWith(hedge + unit));
    if (between) return { hedge: between[0], qualifier: between[1] };
    if (!rest.startsWith(unit)) continue;
    rest = rest.slice(unit.length);
    const after = HEDGES.after.find(([hedge]) => rest.startsWith(hedge));
    if (after) return { hedge: after[0], qualifier: after[1] };
  }
  return undefined;
}
