import { PLACES, type Place } from './places';

/** One figure in the search index the figure finder loads: what a result shows, and what filters and search read. */
export interface IndexedFigure {
  id: string;
  /** The value in English form: "186.92 billion yuan". */
  value: string;
  label: string;
  label_zh: string;
  /** Place, period and kind as one line: "Hohhot · January–June 2024 · level". */
  meta: string;
  /** Space-separated filter values, as the figure pages' entries carry them in data attributes. */
  story: string;
  topic: string;
  place: string;
  source: string;
  kind: 'outcome' | 'target';
}

/** What a search of the index matches: labels, value, place (in both languages), locality, period, kind and id. */
export function indexedText(figure: IndexedFigure): string {
  const placeZh = PLACES[figure.place as Place]?.zh ?? '';
  return [figure.label, figure.label_zh, figure.value, figure.meta, placeZh, figure.id].join(' ');
}
