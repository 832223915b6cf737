import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** What a reader should find for each story file, read straight from stories/*.md, independent of the site code. */
export interface StoryOnDisk {
  slug: string;
  title: string;
  dek: string;
  published: string;
  updated?: string | undefined;
  topics: string[];
  sources: string[];
  /** The ids of its scroll steps, in order, from each `:::step{#id …}`. */
  steps: string[];
  /** The notes each annotated step puts on its chart, from its `annotate="id: note | …"`, by step id. */
  notes: Map<string, string[]>;
  /** Each step id the story no longer has, with the step that now carries its words, from `moved:`. */
  moved: [from: string, to: string][];
  /** Its Chinese edition's title, dek and chart notes, from stories/zh/ under the same file name. */
  zh: { title: string; dek: string; notes: Map<string, string[]> };
}

/** The notes each annotated step of a story file puts on its chart, from its `annotate="id: note | …"`, by step id. */
function notesOf(text: string): Map<string, string[]> {
  return new Map(
    [...text.matchAll(/^:::step\{#([a-z0-9-]+)[^\n]*?\bannotate="([^"]*)"/gm)].map((match) => [
      match[1]!,
      match[2]!.split('|').map((note) => note.slice(note.indexOf(':') + 1).trim()),
    ]),
  );
}

/** The frontmatter of a story file as YAML data. */
function frontmatterOf(path: string): Record<string, unknown> {
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(path, 'utf8'))?.[1];
  if (!frontmatter) throw new Error(`${path} has no frontmatter`);
  return parse(frontmatter) as Record<string, unknown>;
}

/** Every story in stories/, newest first (ties by title), as the home page must list them. */
export function storiesOnDisk(dir = join(process.cwd(), 'stories')): StoryOnDisk[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.md'))
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const data = frontmatterOf(join(dir, file)) as unknown as StoryOnDisk & { moved?: Record<string, string> };
      const zh = frontmatterOf(join(dir, 'zh', file));
      const steps = [...text.matchAll(/^:::step\{#([a-z0-9-]+)/gm)].map((match) => match[1]!);
      const notes = notesOf(text);
      return {
        slug: data.slug,
        title: data.title,
        dek: data.dek,
        published: String(data.published),
        updated: data.updated === undefined ? undefined : String(data.updated),
        topics: data.topics,
        sources: data.sources,
        steps,
        notes,
        moved: Object.entries(data.moved ?? {}),
        zh: {
          title: String(zh.title),
          dek: String(zh.dek),
          notes: notesOf(readFileSync(join(dir, 'zh', file), 'utf8')),
        },
      };
    })
    .sort((a, b) => b.published.localeCompare(a.published) || a.title.localeCompare(b.title, 'en'));
}
