import { z } from 'astro/zod';
import { MONTHS } from './months';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

/** Why `text`, written YYYY-MM-DD (or YYYY-MM when `monthAllowed`), is not a real calendar date; undefined if it is. */
export function dateProblem(text: string, monthAllowed = false): string | undefined {
  const written = monthAllowed ? 'YYYY-MM-DD or YYYY-MM' : 'YYYY-MM-DD';
  const match = DAY.exec(text) ?? (monthAllowed ? MONTH.exec(text) : null);
  if (!match) return `"${text}" must be a date written ${written}, e.g. 2024-07-02`;
  const [, year, month, day] = match.map(Number) as [number, number, number, number | undefined];
  if (month < 1 || month > 12) return `${text} is not a date: there is no month ${match[2]}; write ${written}`;
  if (day === undefined) return undefined;
  // Day 0 of the next month is the last day of this one.
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days)
    return `${text} is not a date: ${MONTHS[month - 1]} ${year} has ${days} days; write ${written}`;
  return undefined;
}

/** A real calendar date written YYYY-MM-DD, quoted or not, read as midnight UTC of that day. */
export const calendarDate = z
  .string({ error: 'must be a date written YYYY-MM-DD, e.g. 2024-07-02' })
  .superRefine((text, ctx) => {
    const problem = dateProblem(text);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .transform((text) => new Date(`${text}T00:00:00Z`));

/** A real calendar date or month, written YYYY-MM-DD or YYYY-MM, kept as written. */
export const calendarDateOrMonth = z
  .string({ error: 'must be a date written YYYY-MM-DD or YYYY-MM' })
  .superRefine((text, ctx) => {
    const problem = dateProblem(text, true);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
