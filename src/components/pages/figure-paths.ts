import { figureBase } from '../../stories/figure-base';
import { loadFigureViews } from '../../stories/figure-views';

/** One figure page per source document, in either edition, its figures in the order the document prints them. */
export async function figureSourcePaths() {
  const views = await loadFigureViews();
  return figureBase().sources.map((source) => ({
    params: { source: source.id },
    props: {
      source,
      // In the order the document prints them, so the page reads alongside the source.
      views: views
        .filter((view) => view.figure.source === source.id)
        .sort((a, b) => a.figure.passage.start - b.figure.passage.start),
    },
  }));
}
