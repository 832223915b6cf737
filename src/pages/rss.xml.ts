import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { storyEntries } from '../stories/collection';
import { storyItem } from '../feed/story-item';
import { absoluteUrl } from '../lib/urls';
import { SITE } from '../lib/site';
import { figureBase } from '../stories/figure-base';
import { newestFirst } from '../stories/newest-first';
import { builtStory } from '../stories/built';

/** The stories as an RSS 2.0 feed, newest first, each with its full text and its charts as images. */
export const GET: APIRoute = async ({ site }) => {
  const feedSite = {
    site: site!,
    base: import.meta.env.BASE_URL,
    sources: figureBase().sources,
  };
  const stories = newestFirst(await storyEntries());
  return rss({
    title: SITE.name,
    description: SITE.description,
    site: absoluteUrl('/', site!),
    customData: `<language>${SITE.lang}</language>`,
    items: stories.map((story) =>
      storyItem({ slug: story.id, data: story.data, blocks: builtStory(story).blocks }, feedSite),
    ),
  });
};
