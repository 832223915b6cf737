import { storyEntries } from './collection';
import { storyEdition } from './built';
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
      titleZh: storyEdition(story, 'zh').title,
      figureIds: storyEdition(story, 'en').story.figureIds,
    })),
  );
}
