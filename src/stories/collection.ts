import { getCollection, type CollectionEntry } from 'astro:content';
import { entryProblem, StoriesLoaderError } from './problem';

/**
 * Every story of the collection, for pages and endpoints. Where the stories loader could not build them (a mistake made
 * while the dev server runs), throws its message, with file and line, for Astro's error overlay.
 */
export async function storyEntries(): Promise<CollectionEntry<'stories'>[]> {
  const entries = await getCollection('stories');
  for (const entry of entries) {
    const problem = entryProblem(entry);
    if (problem !== undefined) throw new StoriesLoaderError(problem);
  }
  return entries;
}
