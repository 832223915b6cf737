import type { LoaderContext } from 'astro/loaders';
import { storyFrontmatter } from '../../src/stories/frontmatter';

/** An entry as a loader stores it. */
export type StoredEntry = Parameters<LoaderContext['store']['set']>[0];

/** What a loader run in-process leaves behind: the entries it stored and the lines it logged, by level. */
export interface LoaderRecord {
  context: LoaderContext;
  entries: Map<string, StoredEntry>;
  logged: { info: string[]; warn: string[]; error: string[] };
}

/**
 * A content-layer context for running a loader in-process: a store in a Map, a logger that records, and parseData
 * validating with the stories schema as Astro does (throwing on a bad field).
 */
export function loaderContext(): LoaderRecord {
  const entries = new Map<string, StoredEntry>();
  const logged = { info: [] as string[], warn: [] as string[], error: [] as string[] };
  const context = {
    collection: 'stories',
    store: {
      set: (entry: StoredEntry) => entries.set(entry.id, entry) && true,
      clear: () => entries.clear(),
    },
    logger: {
      info: (line: string) => logged.info.push(line),
      warn: (line: string) => logged.warn.push(line),
      error: (line: string) => logged.error.push(line),
    },
    parseData: async ({ data }: { data: Record<string, unknown> }) => storyFrontmatter.parse(data),
    generateDigest: (data: string) => String(data.length),
  };
  // Only what the stories loader uses is provided; the rest of Astro's context is never read.
  return { context: context as unknown as LoaderContext, entries, logged };
}
