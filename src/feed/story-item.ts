import type { RSSFeedItem } from '@astrojs/rss';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { absoluteUrl, withBase, stepImagePath, storyPath, sourcePath } from '../lib/urls';
import { SHARE_IMAGE } from '../share/image-sizes';
import type { Source } from '../sources/source';
import { TOPICS, type Topic } from '../lib/topics';
import type { BuiltStory } from '../stories/build';
import type { Section } from '../stories/section';
import { absoluteUrls } from './absolute-urls';

/** What the feed needs of a story: its slug, frontmatter and built blocks. */
export interface FeedStory {
  slug: string;
  data: { title: string; dek: string; published: Date; topics: readonly Topic[]; sources: readonly string[] };
  blocks: BuiltStory['blocks'];
}

/** Where the feed is published and what it looks up: origin, base path and source titles. */
export interface FeedSite {
  /** The site's origin, e.g. https://example.org. */
  site: URL | string;
  /** The base path the site is deployed under, e.g. /inner-mongolia/. */
  base: string;
  sources: readonly Pick<Source, 'id' | 'title_en'>[];
}

/**
 * Step `index` of a section as the feed shows it: the step's share image linked to the step, described as the chart
 * describes that step to screen readers, captioned with the section's headline, then the step's text.
 */
function stepHtml(slug: string, section: Section, index: number, site: FeedSite): string {
  const step = section.steps[index]!;
  const image = h('img', {
    src: withBase(stepImagePath(slug, step.id), site.base),
    width: SHARE_IMAGE.width,
    height: SHARE_IMAGE.height,
    alt: section.props.frames[index]!.description,
  });
  return toHtml(h('figure', [h('a', { href: `#${step.id}` }, image), h('figcaption', section.headline)])) + step.html;
}

/** The story's source documents as a list of links to their pages on the site. */
function sourcesHtml(story: FeedStory, site: FeedSite): string {
  const titles = new Map(site.sources.map((source) => [source.id, source.title_en]));
  const items = story.data.sources.map((id) => {
    const title = titles.get(id);
    if (title === undefined)
      throw new Error(`story "${story.slug}": lists source "${id}", which data/sources/sources.yaml does not have`);
    return h('li', h('a', { href: withBase(sourcePath(id), site.base) }, title));
  });
  return toHtml([h('h2', 'Sources'), h('ul', items)]);
}

/** One story as an RSS item: title, absolute link, date, dek, topics, and its full text with every URL made absolute. */
export function storyItem(story: FeedStory, site: FeedSite): RSSFeedItem {
  const link = absoluteUrl(storyPath(story.slug), site.site, site.base);
  const parts = story.blocks.flatMap((block) =>
    block.kind === 'prose' ? [block.html] : block.steps.map((_, index) => stepHtml(story.slug, block, index, site)),
  );
  return {
    title: story.data.title,
    link,
    pubDate: story.data.published,
    description: story.data.dek,
    categories: story.data.topics.map((topic) => TOPICS[topic]),
    // Feed readers resolve nothing against the story's address, so every link and image must be absolute.
    content: absoluteUrls([...parts, sourcesHtml(story, site)].join('\n'), link),
  };
}
