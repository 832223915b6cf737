import type { IndexedFigure } from '../lib/figure-index';
import type { FigureView } from './view';

/** Every figure as the figure finder searches and lists it: labels in both languages, value, filters; no quotes. */
export function searchIndex(views: readonly FigureView[]): IndexedFigure[] {
  return views.map(({ figure, valueEn, periodEn, placeEn, kindEn, stories }) => {
    return {
      id: figure.id,
      value: valueEn,
      label: figure.label,
      label_zh: figure.label_zh,
      meta: `${placeEn} · ${periodEn} · ${kindEn}`,
      story: stories.map((story) => story.slug).join(' '),
      topic: figure.topics.join(' '),
      place: figure.place,
      source: figure.source,
      kind: figure.kind === 'target' ? 'target' : 'outcome',
    };
  });
}
