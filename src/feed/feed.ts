import rss from '@astrojs/rss';
import type { CollectionEntry } from 'astro:content';
import { EDITIONS, editionPath, type Lang } from '../lib/editions';
import { siteText } from '../lib/site';
import { absoluteUrl } from '../lib/urls';
import { storyEdition } from '../stories/built';
import { figureBase } from '../stories/figure-base';
import { newestFirst } from '../stories/newest-first';
import { storyItem } from './story-item';

/** An edition's stories as an RSS 2.0 feed, newest first, each with its full text and its charts as images. */
export function storyFeed(stories: readonly CollectionEntry<'stories'>[], site: URL, lang: Lang): Promise<Response> {
  const feedSite = { site, base: import.meta.env.BASE_URL, sources: figureBase().sources, lang };
  const { name, description } = siteText(lang);
  return rss({
    title: name,
    description,
    site: absoluteUrl(editionPath('/', lang), site),
    customData: `<language>${EDITIONS[lang].rss}</language>`,
    items: newestFirst(stories).map((story) => {
      const { title, dek, story: built } = storyEdition(story, lang);
      return storyItem({ slug: story.id, data: { ...story.data, title, dek }, blocks: built.blocks }, feedSite);
    }),
  });
}
