import type { RSSFeedItem } from '@astrojs/rss';
import { fromHtml } from 'hast-util-from-html';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { absoluteUrl, withBase, stepImagePath, storyPath, sourcePath } from '../lib/urls';
import { editionPath, type Lang } from '../lib/editions';
import { ui } from '../i18n/dictionary';
import { SHARE_IMAGE } from '../share/image-sizes';
import { sourceTitle } from '../sources/cite';
import type { Source } from '../sources/source';
import { TOPICS, type Topic } from '../lib/topics';
import type { BuiltStory } from '../stories/build';
import { STORY_HTML } from '../stories/markup';
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
  sources: readonly Pick<Source, 'id' | 'title_en' | 'title_zh'>[];
  /** The feed's edition: its stories, links and words are in this language. */
  lang: Lang;
}

/**
 * Step `index` of a section as the feed shows it: the step's share image linked to the step, described as the chart
 * describes that step to screen readers, captioned with the section's headline, then the step's text.
 */
function stepHtml(slug: string, section: Section, index: number, site: FeedSite): string {
  const step = section.steps[index]!;
  const image = h('img', {
    src: withBase(editionPath(stepImagePath(slug, step.id), site.lang), site.base),
    width: SHARE_IMAGE.width,
    height: SHARE_IMAGE.height,
    alt: section.props.frames[index]!.description,
  });
  return toHtml(h('figure', [h('a', { href: `#${step.id}` }, image), h('figcaption', section.headline)])) + step.html;
}

/** The story's source documents as a list of links to their pages on the site. */
function sourcesHtml(story: FeedStory, site: FeedSite): string {
  const titles = new Map(site.sources.map((source) => [source.id, sourceTitle(source, site.lang)]));
  const items = story.data.sources.map((id) => {
    const title = titles.get(id);
    if (title === undefined)
      throw new Error(`story "${story.slug}": lists source "${id}", which data/sources/sources.yaml does not have`);
    return h('li', h('a', { href: withBase(editionPath(sourcePath(id), site.lang), site.base) }, title));
  });
  return toHtml([h('h2', ui(site.lang).nav.sources), h('ul', items)]);
}

/**
 * Exactly the HTML a feed item carries: the stories' own, each step's share image in a figure, the sources list; every
 * URL absolute, on the site's own scheme or https.
 */
function feedSchema(site: FeedSite): Schema {
  const scheme = new URL(site.site).protocol.slice(0, -1);
  return {
    ...STORY_HTML,
    tagNames: [...(STORY_HTML.tagNames ?? []), 'figure', 'figcaption', 'img'],
    attributes: { ...STORY_HTML.attributes, img: ['src', 'width', 'height', 'alt'] },
    // Stories render no figures, so an image in a story's own markup is dropped: only the step images stand in one.
    ancestors: { ...STORY_HTML.ancestors, img: ['figure'], figcaption: ['figure'] },
    protocols: { href: ['https', scheme], src: ['https', scheme] },
  };
}

/** Text as HTML, escaped once. */
function htmlText(text: string): string {
  return toHtml({ type: 'text', value: text });
}

/** One story as an RSS item: title, absolute link, date, dek, topics, and its full text with every URL made absolute. */
export function storyItem(story: FeedStory, site: FeedSite): RSSFeedItem {
  const link = absoluteUrl(editionPath(storyPath(story.slug), site.lang), site.site, site.base);
  const parts = story.blocks.flatMap((block) =>
    block.kind === 'prose' ? [block.html] : block.steps.map((_, index) => stepHtml(story.slug, block, index, site)),
  );
  // Feed readers resolve nothing against the story's address, so every link and image must be absolute.
  const content = fromHtml(absoluteUrls([...parts, sourcesHtml(story, site)].join('\n'), link), { fragment: true });
  return {
    // RSS 2.0 reads a description as HTML, and feed readers read titles so too: each is escaped once for HTML here,
    // and @astrojs/rss escapes the result once more for XML.
    title: htmlText(story.data.title),
    link,
    pubDate: story.data.published,
    description: htmlText(story.data.dek),
    categories: story.data.topics.map((topic) => TOPICS[topic][site.lang]),
    content: toHtml(sanitize(content, feedSchema(site))),
  };
}
