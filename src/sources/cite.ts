import type { Source } from './source';
import { MONTHS } from '../lib/months';

/** A source's date as readers see it: "22 August 2024", "January 2024". */
export function sourceDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const name = month ? MONTHS[month - 1] : undefined;
  if (!name) return String(year);
  return day ? `${day} ${name} ${year}` : `${name} ${year}`;
}

/** The short credit under a chart or beside a figure: "Hohhot Municipal People's Government, 22 August 2024". */
export function sourceCredit(source: Pick<Source, 'publisher' | 'date'>): string {
  return `${source.publisher}, ${sourceDate(source.date)}`;
}
