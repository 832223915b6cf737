import { figureBase } from '../../stories/figure-base';
import { loadFigureViews } from '../../stories/figure-views';

/** One page per source document, in either edition, with the figures quoted from it. */
export async function sourcePaths() {
  const views = await loadFigureViews();
  return figureBase().sources.map((source) => ({
    params: { id: source.id },
    props: { source, views: views.filter((view) => view.figure.source === source.id) },
  }));
}
