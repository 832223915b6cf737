import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { getFacts } from './context/registry';
import { getFigures } from './figures/registry';
import { getRelations } from './figures/relations';
import { readFileSync } from 'node:fs';
import { squeeze } from './figures/quote-match';
import { getSources, sourceTextFile } from './sources/registry';
import { storyFrontmatter } from './stories/frontmatter';
import { missingSources, unsourcedQuotes } from './stories/sources-and-notes';
import { transformStoryFile } from './stories/story-context';
import { StoryError } from './stories/transform';

// Loading here proves every source, figure and relation before any page is built; a bad record stops the build.
const sourceIds = getSources().map((source) => source.id);
const sourceTexts = new Map(sourceIds.map((id) => [id, squeeze(readFileSync(sourceTextFile(id), 'utf8'))]));
if (sourceIds.length === 0) throw new Error('data/sources/sources.yaml lists no sources');
const figureSources = new Map(getFigures().map((figure) => [figure.id, figure.source]));
const figureIds = new Set(figureSources.keys());
getRelations();
getFacts();

// The slug field, not the file name, becomes the entry id and so the URL.
const storyFiles = glob({ pattern: '*.md', base: './stories' });

const stories = defineCollection({
  loader: {
    name: 'stories',
    // After the files load, every story body is transformed once here, so a broken story fails the build early.
    load: async (context) => {
      await storyFiles.load(context);
      const problems: string[] = [];
      for (const entry of context.store.values()) {
        if (!entry.filePath || entry.body === undefined) continue;
        try {
          const story = transformStoryFile(entry.filePath, entry.body);
          for (const warning of story.warnings) context.logger.warn(warning);
          const cited = [String(entry.data.hero), ...story.figureIds]
            .map((id) => figureSources.get(id)!)
            .filter(Boolean);
          const missing = missingSources(entry.data.sources as string[], cited);
          if (missing.length > 0)
            problems.push(
              `${entry.filePath}: cites figures from ${missing.join(', ')}, which sources: in its frontmatter does not list`,
            );
          const listedTexts = (entry.data.sources as string[]).map((id) => sourceTexts.get(id)!);
          for (const quote of unsourcedQuotes(story.quotes, listedTexts)) {
            problems.push(
              `${entry.filePath}:${quote.line}: the Chinese quote :zh[${quote.text}] is not verbatim in any source the story lists`,
            );
          }
        } catch (error) {
          if (!(error instanceof StoryError)) throw error;
          problems.push(error.message);
        }
      }
      if (problems.length > 0) throw new StoryError(`Stories have authoring mistakes:\n${problems.join('\n')}`);
    },
  },
  schema: storyFrontmatter(sourceIds as [string, ...string[]], figureIds),
});

export const collections = { stories };
