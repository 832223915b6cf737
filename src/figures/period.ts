import { MONTHS } from '../lib/months';

/** A period as written in the data: "2023", "2024-06", or a range "2024-01/2024-05". */
export const PERIOD_PATTERN = /^(\d{4})(?:-(0[1-9]|1[0-2]))?(?:\/(\d{4})(?:-(0[1-9]|1[0-2]))?)?$/;

/** The start and end of a period as year and month (month 0 means the whole year). */
export interface Period {
  from: { year: number; month: number };
  to: { year: number; month: number };
}

/** Parses a period string; throws on anything PERIOD_PATTERN does not accept or on a range that runs backwards. */
export function parsePeriod(text: string): Period {
  const match = PERIOD_PATTERN.exec(text);
  if (!match) throw new SyntaxError(`"${text}" is not a period (use 2023, 2024-06 or 2024-01/2024-05)`);
  const [, fy, fm, ty, tm] = match;
  const from = { year: Number(fy), month: Number(fm ?? 0) };
  const to = ty ? { year: Number(ty), month: Number(tm ?? 0) } : from;
  if (to.year * 13 + to.month < from.year * 13 + from.month)
    throw new RangeError(`period "${text}" ends before it starts`);
  return { from, to };
}

/** The English name of a period: "2023", "June 2024", "January–May 2024", "first half of 2024", "2019–2023". */
export function periodLabel(text: string): string {
  const { from, to } = parsePeriod(text);
  const month = (m: number) => MONTHS[m - 1] ?? '';
  if (from.year === to.year && from.month === to.month)
    return from.month ? `${month(from.month)} ${from.year}` : `${from.year}`;
  if (from.year === to.year && from.month === 1 && to.month === 6) return `first half of ${from.year}`;
  if (from.year === to.year && from.month && to.month) return `${month(from.month)}–${month(to.month)} ${from.year}`;
  const end = (p: { year: number; month: number }) => (p.month ? `${month(p.month)} ${p.year}` : `${p.year}`);
  return `${end(from)}–${end(to)}`;
}

/** A period's first and last month, counted in months from year 0; a whole year runs from January to December. */
function monthSpan({ from, to }: Period): [number, number] {
  return [from.year * 12 + Math.max(from.month, 1) - 1, to.year * 12 + (to.month || 12) - 1];
}

/**
 * The share of period `whole` gone by the end of period `part` (both as written in the data), from 0 to 1: "2024" and
 * "2024-01/2024-06" give 0.5, half the year. Undefined when `part` ends outside `whole`.
 */
export function elapsedShare(whole: string, part: string): number | undefined {
  const [start, end] = monthSpan(parsePeriod(whole));
  const [, reached] = monthSpan(parsePeriod(part));
  if (reached < start || reached > end) return undefined;
  return (reached - start + 1) / (end - start + 1);
}
