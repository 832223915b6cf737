/** The fields needed to order stories on the home page. */
export interface Dated {
  data: { published: Date; updated?: Date | undefined; title: string };
}

/** Orders stories newest first by publication date, then by title, without mutating the input. */
export function newestFirst<T extends Dated>(stories: readonly T[]): T[] {
  return [...stories].sort(
    (a, b) => b.data.published.getTime() - a.data.published.getTime() || a.data.title.localeCompare(b.data.title, 'en'),
  );
}
