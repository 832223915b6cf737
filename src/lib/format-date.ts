import type { Lang } from './editions';

const options = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } as const;
const longDate = {
  en: new Intl.DateTimeFormat('en-GB', options),
  zh: new Intl.DateTimeFormat('zh-CN', options),
};

/** Formats a calendar date the way each edition prints it: "2 July 2024", "2024年7月2日". */
export function formatDate(date: Date, lang: Lang = 'en'): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('formatDate: invalid date');
  return longDate[lang].format(date);
}

/** The machine-readable form of a calendar date for `<time datetime>`: "2024-07-02". */
export function isoDate(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('isoDate: invalid date');
  return date.toISOString().slice(0, 10);
}
