import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { LineCounter, parseDocument, type Node } from 'yaml';
import { listFolder } from '../lib/folder';
import { DataError, readTextFile } from '../lib/text-file';
import { buildStory } from './build';
import { figureBase, type FigureBase } from './figure-base';
import { frontmatterProblems, storyFrontmatter } from './frontmatter';
import { PROBLEM_ENTRY } from './problem';
import { StoryError } from './transform';
import type { StoryEdition } from './built';
import { checkTranslation, type ReadStory } from './translation';

/** Where stories live, and the data they are checked against, relative to the project root. */
const STORIES_DIR = 'stories';
const DATA_DIR = 'data';
/** The folder in stories/ holding each story's Chinese edition, under the English file's name. */
const TRANSLATIONS_DIR = 'zh';

/** A story file split into its frontmatter (parsed YAML) and its Markdown body. */
export interface SplitStory {
  frontmatter: Record<string, unknown>;
  body: string;
  /** Lines of the file before the body. */
  lineOffset: number;
  /** The file line of a frontmatter field (a path such as ['authors', 0]), or of the frontmatter's first line. */
  line(path: readonly PropertyKey[]): number;
}

/** Splits a story file into frontmatter and body; throws, naming `file` and the line, when the frontmatter is missing, not YAML or not a map. */
export function splitStory(raw: string, file: string): SplitStory {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(raw);
  if (!match) throw new StoryError(`${file}:1: a story starts with its frontmatter between two --- lines`);
  const lines = new LineCounter();
  const document = parseDocument(match[1]!, { lineCounter: lines, prettyErrors: false });
  // The frontmatter's text starts on the file's second line, after the opening ---.
  const lineAt = (offset: number) => lines.linePos(offset).line + 1;
  const [error] = document.errors;
  if (error)
    throw new StoryError(`${file}:${lineAt(error.pos[0])}: the frontmatter is not valid YAML: ${error.message}`);
  const frontmatter: unknown = document.toJS() ?? {};
  if (typeof frontmatter !== 'object' || Array.isArray(frontmatter))
    throw new StoryError(`${file}:2: the frontmatter must be fields such as title: …, one per line`);
  return {
    frontmatter: frontmatter as Record<string, unknown>,
    body: raw.slice(match[0].length),
    lineOffset: match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0),
    line: (path) => {
      const node = document.getIn(path, true) as Node | undefined;
      return node?.range ? lineAt(node.range[0]) : 2;
    },
  };
}

/**
 * Fills the stories collection: proves the figure base once, then reads every story, validates its frontmatter with the
 * collection's schema and transforms it once, keeping the built story on the entry for every page, feed and share card.
 * Any mistake in any story or data file fails with its file and line, and nothing is stored.
 */
export async function syncStories(context: LoaderContext, root: string = process.cwd()): Promise<number> {
  const base = figureBase(root);
  const dir = resolve(root, STORIES_DIR);
  const { names, problems } = listFolder(dir, '.md', 'stories', [TRANSLATIONS_DIR]);
  const entries = new Map<
    string,
    { id: string; data: Record<string, unknown>; filePath: string; raw: string; english: StoryEdition }
  >();
  const slugs = new Map<string, string>();
  const originals = new Map<string, Original>();
  for (const name of names) {
    const filePath = join(dir, name);
    const file = relative(root, filePath);
    try {
      const raw = readTextFile(filePath);
      const split = splitStory(raw, file);
      const mistakes = frontmatterProblems(storyFrontmatter, split, file);
      if (mistakes.length > 0) throw new StoryError(mistakes.join('\n'));
      const { frontmatter, body, lineOffset } = split;
      const data = await context.parseData({ id: String(frontmatter.slug ?? name), data: frontmatter, filePath });
      const slug = String(data.slug);
      const earlier = slugs.get(slug);
      if (earlier)
        throw new StoryError(`${file}:${split.line(['slug'])}: slug: "${slug}" is also the slug of ${earlier}`);
      slugs.set(slug, file);
      const moved = Object.entries((data.moved ?? {}) as Record<string, string>).map(([from, to]) => ({
        from,
        to,
        line: split.line(['moved', from]),
      }));
      const shared = { hero: String(data.hero), sources: data.sources as string[] };
      originals.set(name, { read: { file, raw, split }, ...shared });
      const { story, warnings } = buildStory({ file, body, lineOffset, ...shared, moved }, base, 'en');
      for (const warning of warnings) context.logger.warn(warning);
      entries.set(name, {
        id: slug,
        data,
        filePath: file,
        raw,
        english: { title: String(data.title), dek: String(data.dek), authors: data.authors as string[], story },
      });
    } catch (error) {
      if (!(error instanceof StoryError || error instanceof DataError)) throw error;
      problems.push(error.message);
    }
  }
  const translations = buildTranslations(resolve(dir, TRANSLATIONS_DIR), root, originals, base, context);
  problems.push(...translations.problems);
  if (problems.length > 0) throw new StoryError(`Stories have authoring mistakes:\n${problems.join('\n')}`);
  context.store.clear();
  for (const [name, { english, raw, ...entry }] of entries) {
    const editions = { en: english, zh: translations.built.get(name)! };
    context.store.set({
      ...entry,
      // The digest covers what the entry carries, so caches keyed by it (share cards) follow data edits too.
      digest: context.generateDigest(JSON.stringify([raw, editions])),
      rendered: { html: '', metadata: { editions } },
    });
  }
  context.logger.info(`built ${entries.size} stories, each in English and Chinese, each edition transformed once`);
  return entries.size;
}

/** An English story as its Chinese edition is checked against it: the file, and what both editions share. */
interface Original {
  read: ReadStory;
  hero: string;
  sources: string[];
}

/**
 * Checks every Chinese edition in `dir` against the English story of the same file name, then builds it as its pages
 * will be (every figure, chart and note in Chinese), so a mistake in it fails the build as one in an English story
 * does; reports a translation that follows an older English file as a warning. Every story needs its Chinese edition:
 * the site is published whole in both languages. Returns the mistakes, and the editions built, by file name.
 */
function buildTranslations(
  dir: string,
  root: string,
  originals: ReadonlyMap<string, Original>,
  base: FigureBase,
  context: LoaderContext,
): { problems: string[]; built: Map<string, StoryEdition> } {
  const built = new Map<string, StoryEdition>();
  const { names, problems } = existsSync(dir)
    ? listFolder(dir, '.md', 'Chinese editions of stories')
    : { names: [], problems: [] };
  for (const [name, { read }] of originals)
    if (!names.includes(name))
      problems.push(
        `${read.file}: has no Chinese edition: write it as ${relative(root, join(dir, name))} (README: "The Chinese edition of a story")`,
      );
  for (const name of names) {
    const filePath = join(dir, name);
    const file = relative(root, filePath);
    const original = originals.get(name);
    if (!original) {
      problems.push(
        `${file}: translates no story: a Chinese edition has the file name of its English story in ${STORIES_DIR}/`,
      );
      continue;
    }
    try {
      const raw = readTextFile(filePath);
      const split = splitStory(raw, file);
      const checked = checkTranslation({ file, raw, split }, original.read);
      for (const warning of checked.warnings) context.logger.warn(warning);
      problems.push(...checked.problems);
      if (checked.problems.length > 0) continue;
      const { body, lineOffset } = split;
      const edition = buildStory(
        { file, body, lineOffset, hero: original.hero, sources: original.sources, moved: [] },
        base,
        'zh',
      );
      for (const warning of edition.warnings) context.logger.warn(warning);
      const { title, dek, authors } = split.frontmatter as { title: string; dek: string; authors: string[] };
      const english = original.read.split.frontmatter.authors as string[];
      if (authors.length !== english.length) {
        problems.push(
          `${file}:${split.line(['authors'])}: authors: names ${authors.length} author(s), but ${original.read.file} names ${english.length}: give each English author's name in Chinese, in the same order`,
        );
        continue;
      }
      built.set(name, { title, dek, authors, story: edition.story });
    } catch (error) {
      if (!(error instanceof StoryError || error instanceof DataError)) throw error;
      problems.push(error.message);
    }
  }
  return { problems, built };
}

/**
 * Wraps `task` so that a call while a run is in flight asks for one more run after it, however many calls come: a
 * checkout or a save-all that touches twenty files syncs twice, not twenty times over, and never two syncs at once.
 * `task` reports its own failures: the promise it returns must not reject.
 */
export function coalesced(task: () => Promise<unknown>): () => void {
  let running = false;
  let again = false;
  const run = (): void => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    void task().finally(() => {
      running = false;
      if (again) {
        again = false;
        run();
      }
    });
  };
  return run;
}

/**
 * Puts a failed sync's message where every page that reads stories meets it (see storyEntries): in the dev server the
 * page shows Astro's error overlay with the file and line, instead of the last good story, until a sync succeeds.
 */
function storeProblem(context: LoaderContext, message: string): void {
  context.logger.error(message);
  context.store.clear();
  context.store.set({ id: PROBLEM_ENTRY, data: {}, rendered: { html: '', metadata: { problem: message } } });
}

/**
 * The stories collection's loader. In a build, any mistake fails it. In the dev server, editing a story or any data
 * file rebuilds every story, and a mistake, even in the first sync, shows on the pages until an edit fixes it.
 */
export function storyLoader(root: string = process.cwd()): Loader {
  return {
    name: 'stories',
    load: async (context) => {
      const { watcher } = context;
      if (!watcher) {
        await syncStories(context, root);
        return;
      }
      const sync = () => syncStories(context, root).catch((error: Error) => storeProblem(context, error.message));
      const watched = [STORIES_DIR, DATA_DIR].map((dir) => resolve(root, dir));
      watcher.add(watched);
      const resync = coalesced(sync);
      watcher.on('all', (_event, path) => {
        if (watched.some((dir) => path.startsWith(`${dir}/`))) resync();
      });
      await sync();
    },
  };
}
