import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { getFigures } from './figures/registry';
import { getRelations } from './figures/relations';
import { getSources } from './sources/registry';
import { storyFrontmatter } from './stories/frontmatter';

// Loading here proves every source, figure and relation before any page is built; a bad record stops the build.
const sourceIds = getSources().map((source) => source.id);
if (sourceIds.length === 0) throw new Error('data/sources/sources.yaml lists no sources');
const figureIds = new Set(getFigures().map((figure) => figure.id));
getRelations();

const stories = defineCollection({
  // The slug field, not the file name, becomes the entry id and so the URL.
  loader: glob({ pattern: '*.md', base: './stories' }),
  schema: storyFrontmatter(sourceIds as [string, ...string[]], figureIds),
});

export const collections = { stories };
