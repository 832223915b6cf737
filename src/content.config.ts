import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { getSources } from './sources/registry';
import { storyFrontmatter } from './stories/frontmatter';

const sourceIds = getSources().map((source) => source.id);
if (sourceIds.length === 0) throw new Error('data/sources/sources.yaml lists no sources');

const stories = defineCollection({
  // The slug field, not the file name, becomes the entry id and so the URL.
  loader: glob({ pattern: '*.md', base: './stories' }),
  schema: storyFrontmatter(sourceIds as [string, ...string[]]),
});

export const collections = { stories };
