import { PLACES, type Place } from './places';

/** One figure in the search index the figure finder loads: what a result shows, and what filters and search read. */
export interface IndexedFigure {
  id: string;
  /** The value in the edition's form: "186.92 billion yuan", "1869.2亿元". */
  value: string;
  /** The label in the edition's language. */
  label: string;
  /** In the English index, the Chinese label a result shows beside the English; empty in the Chinese index. */
  label_zh: string;
  /** Place, period and kind as one line: "Hohhot · January–June 2024 · level", "呼和浩特市 · 2024年上半年 · 总量". */
  meta: string;
  /** In the Chinese index, the verbatim quote, so Chinese readers find a figure by the document's own words. */
  quote?: string;
  /** Space-separated filter values, as the figure pages' entries carry them in data attributes. */
  story: string;
  topic: string;
  place: string;
  source: string;
  /** The kind filter: an outcome, or a number that is not one (a target, plan or forecast). */
  kind: 'outcome' | 'target';
}

/** What a search of the index matches: labels, value, place (in both languages), locality, period, kind, quote and id. */
export function indexedText(figure: IndexedFigure): string {
  const placeZh = PLACES[figure.place as Place]?.zh ?? '';
  return [figure.label, figure.label_zh, figure.value, figure.meta, placeZh, figure.quote ?? '', figure.id].join(' ');
}
