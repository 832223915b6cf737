import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { CHARTS } from '../charts/registry';
import { storyItem } from '../feed/story-item';
import { absoluteUrl } from '../lib/urls';
import { SITE } from '../lib/site';
import { getSources } from '../sources/registry';
import { newestFirst } from '../stories/newest-first';
import { chartData, transformStoryFile } from '../stories/story-context';

/** The stories as an RSS 2.0 feed, newest first, each with its full text and its charts as images. */
export const GET: APIRoute = async ({ site }) => {
  const feedSite = {
    site: site!,
    base: import.meta.env.BASE_URL,
    sources: getSources(),
    describe: (chart: string, state: unknown) => CHARTS[chart]!.describe(state, chartData()),
  };
  const stories = newestFirst(await getCollection('stories'));
  return rss({
    title: SITE.name,
    description: SITE.description,
    site: absoluteUrl('/', site!),
    customData: `<language>${SITE.lang}</language>`,
    items: stories.map((story) =>
      storyItem(
        { slug: story.id, data: story.data, blocks: transformStoryFile(story.filePath!, story.body!).blocks },
        feedSite,
      ),
    ),
  });
};
