import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { syncStories } from '../src/stories/loader';
import { loaderContext } from './support/loader-context';

// Every mistake an author can make in a story or a data file, with the message it must produce. Each row is made in a
// scratch copy of the project's stories/ and data/, and the stories loader (what `astro build` and `astro dev` run
// before any page is written) must fail with that message and store nothing. A new check adds a row here.

/** A change to one file of the scratch project: its new text, or a function of its old text. */
type Edit = string | Buffer | ((text: string) => string);

/** One mistake: what was done, the files it touched (path from the project root → edit), and what the error says. */
interface Mistake {
  mistake: string;
  edits: Record<string, Edit>;
  /** Text the error message must contain (file, line, field and the fix). */
  message: string | RegExp;
}

const root = process.cwd();
const STORY = 'stories/industry-outpaces-china-2024.md';

/** Replaces `from` with `to` in a file's text, failing the row if `from` is not there (the table went stale). */
const replace =
  (from: string | RegExp, to: string) =>
  (text: string): string => {
    if (!(typeof from === 'string' ? text.includes(from) : from.test(text)))
      throw new Error(`mistake table: ${String(from)} is not in the file it edits`);
    return text.replace(from, to);
  };

const DATA_MISTAKES: Mistake[] = [
  {
    mistake: 'an unknown source in a story’s frontmatter',
    edits: { [STORY]: replace('  - nmg-industry-review-2023', '  - peoples-daily') },
    message: `${STORY}: sources: no source has the id "peoples-daily"`,
  },
  {
    mistake: 'a hero figure that does not exist',
    edits: { [STORY]: replace(/^hero: .*$/m, 'hero: no-such-figure') },
    message: `${STORY}: hero: no figure has the id "no-such-figure"`,
  },
  {
    mistake: 'a Chinese quote not verbatim in the story’s sources',
    edits: { [STORY]: replace('同比增长7.2%，高于全国', '同比增长7.3%，高于全国') },
    message: 'is not verbatim in any source the story lists',
  },
  {
    mistake: 'an unknown figure in a story’s text',
    edits: { [STORY]: replace(/:fig\[[^\]]+\]/, ':fig[no-such-figure]') },
    message: 'unknown figure id "no-such-figure"',
  },
  {
    mistake: 'a figure from a source the story does not list',
    edits: { [STORY]: replace('  - nmg-industry-review-2023\n', '') },
    message: `${STORY}: cites figures from nmg-industry-review-2023, which sources: in its frontmatter does not list`,
  },
  {
    mistake: 'two stories with one slug',
    edits: { 'stories/zz-copy.md': readFileSync(join(root, STORY), 'utf8') },
    message: `stories/zz-copy.md: slug: "industry-outpaces-china-2024" is also the slug of ${STORY}`,
  },
  {
    mistake: 'a figure whose quote is not in its source',
    edits: {
      'data/figures/zz-broken.yaml': [
        '- id: broken-figure',
        '  label: A figure misquoted on purpose',
        '  value: "3.4"',
        '  unit: "%"',
        '  kind: growth',
        '  period: "2024-01/2024-05"',
        '  place: inner-mongolia',
        '  source: nmg-daily-economy-2024-07-02',
        '  quote: 全区采矿业增加值同比增长3.4%',
        '  topics: [industry]',
        '',
      ].join('\n'),
    },
    message: 'data/figures/zz-broken.yaml:9: record 1 "broken-figure", field quote: not found in source',
  },
];

// Markup a story may not contain: raw HTML, other URL schemes, images from other hosts, comments.
const MARKUP_MISTAKES: Mistake[] = [];

// Text, dates, directive structure, ids and files that are not what they say.
const INPUT_MISTAKES: Mistake[] = [];

const LOADER_MISTAKES = [...DATA_MISTAKES, ...MARKUP_MISTAKES, ...INPUT_MISTAKES];

const scratch: string[] = [];
afterEach(() => scratch.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A scratch project root holding copies of stories/ and data/ with `edits` applied. */
function projectWith(edits: Mistake['edits']): string {
  const dir = mkdtempSync(join(tmpdir(), 'mistake-'));
  scratch.push(dir);
  for (const folder of ['stories', 'data']) cpSync(join(root, folder), join(dir, folder), { recursive: true });
  for (const [path, edit] of Object.entries(edits)) {
    const file = join(dir, path);
    writeFileSync(file, typeof edit === 'function' ? edit(readFileSync(file, 'utf8')) : edit);
  }
  return dir;
}

describe('syncStories(context, root) on a mistake', () => {
  it.each(LOADER_MISTAKES.map((row) => [row.mistake, row] as const))(
    '%s fails with file, line and fix, and stores nothing',
    async (_mistake, { edits, message }) => {
      const { context, entries } = loaderContext();
      const error = (await syncStories(context, projectWith(edits)).then(
        () => new Error('the loader accepted the mistake'),
        (thrown: unknown) => thrown,
      )) as Error;
      if (typeof message === 'string') expect(error.message).toContain(message);
      else expect(error.message).toMatch(message);
      expect(entries.size).toBe(0);
    },
  );
});

// Mistakes that only a whole build can show (the environment, the output folder, a failure after pages are drawn):
// each runs `astro build` in a scratch project and proves the output folder is as it was before.
