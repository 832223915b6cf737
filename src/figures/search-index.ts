import type { Lang } from '../lib/editions';
import type { IndexedFigure } from '../lib/figure-index';
import { isAhead } from './figure';
import type { FigureView } from './view';

/**
 * Every figure as the figure finder of edition `lang` searches and lists it: value, labels and filters. The English
 * index carries both labels and no quotes; the Chinese one the Chinese label and the quote, searched as written.
 */
export function searchIndex(views: readonly FigureView[], lang: Lang): IndexedFigure[] {
  return views.map((view) => {
    const { figure, stories } = view;
    const zh = lang === 'zh';
    return {
      id: figure.id,
      value: zh ? view.valueZh : view.valueEn,
      label: zh ? figure.label_zh : figure.label,
      label_zh: zh ? '' : figure.label_zh,
      meta: zh
        ? `${view.placeZh} · ${view.periodZh} · ${view.kindZh}`
        : `${view.placeEn} · ${view.periodEn} · ${view.kindEn}`,
      ...(zh && { quote: figure.quote }),
      story: stories.map((story) => story.slug).join(' '),
      topic: figure.topics.join(' '),
      place: figure.place,
      source: figure.source,
      kind: isAhead(figure.kind) ? 'target' : 'outcome',
    };
  });
}
