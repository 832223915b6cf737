import { getCollection } from 'astro:content';
import { getSources } from '../sources/registry';
import { builtStory } from './built';
import { getFigures } from '../figures/registry';
import { getRelations } from '../figures/relations';
import { figureViews, type FigureView } from '../figures/view';

/** Every figure as pages show it, with the stories that use it; for use in Astro pages and endpoints. */
export async function loadFigureViews(): Promise<FigureView[]> {
  const stories = await getCollection('stories');
  return figureViews(
    getFigures(),
    getSources(),
    getRelations(),
    stories.map((story) => ({
      slug: story.id,
      title: story.data.title,
      figureIds: builtStory(story).figureIds,
    })),
  );
}
