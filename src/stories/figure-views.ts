import { storyEntries } from './collection';
import { builtStory } from './built';
import { figureBase } from './figure-base';
import { figureViews, type FigureView } from '../figures/view';

/** Every figure as pages show it, with the stories that use it; for use in Astro pages and endpoints. */
export async function loadFigureViews(): Promise<FigureView[]> {
  const stories = await storyEntries();
  const { figures, sources, relations } = figureBase();
  return figureViews(
    figures,
    sources,
    relations,
    stories.map((story) => ({
      slug: story.id,
      title: story.data.title,
      figureIds: builtStory(story).figureIds,
    })),
  );
}
