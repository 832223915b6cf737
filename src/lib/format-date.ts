const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Formats a calendar date the way the site prints it: "2 July 2024". */
export function formatDate(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('formatDate: invalid date');
  return longDate.format(date);
}

/** The machine-readable form of a calendar date for `<time datetime>`: "2024-07-02". */
export function isoDate(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('isoDate: invalid date');
  return date.toISOString().slice(0, 10);
}
