import { createHash } from 'node:crypto';
import { cpSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_MARKER, entriesOf, markerText } from '../src/config/env';
import { syncStories } from '../src/stories/loader';
import { loaderContext } from './support/loader-context';
import { runAstroAsync, scratchProject } from './support/scratch-project';

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
/** Adds `markdown` to the story as a paragraph of its own at line 76 of the file, before its third heading. */
const at76 = (markdown: string) => replace('## A solar boom', `${markdown}\n\n## A solar boom`);
const RAW_HTML = (tag: string) =>
  `${STORY}:76: raw HTML <${tag}> is not allowed in a story; write Markdown (*emphasis*, **strong**, [text](https://…), > quotes, lists), cite figures with :fig[id], and draw charts with ::::scrolly blocks`;
const NO_IMAGES = `${STORY}:76: images are not allowed in a story (the site shows none, and a feed reader would fetch them from wherever they point); a story’s pictures are its charts: draw one with a ::::scrolly block`;
const MARKUP_MISTAKES: Mistake[] = [
  {
    mistake: 'a meta refresh to another site',
    edits: { [STORY]: at76('<meta http-equiv="refresh" content="0;url=https://evil.example/">') },
    message: RAW_HTML('meta'),
  },
  {
    mistake: 'a <base> pointing at another host',
    edits: { [STORY]: at76('<base href="https://evil.example/">') },
    message: RAW_HTML('base'),
  },
  {
    mistake: 'a form posting to another host',
    edits: { [STORY]: at76('<form action="https://evil.example/"><input name="q"></form>') },
    message: RAW_HTML('form'),
  },
  {
    mistake: 'a stylesheet from another host',
    edits: { [STORY]: at76('<link rel="stylesheet" href="https://evil.example/x.css">') },
    message: RAW_HTML('link'),
  },
  {
    mistake: 'a raw link to javascript:',
    edits: { [STORY]: at76('Read <a href="javascript:alert(1)">more</a>.') },
    message: RAW_HTML('a'),
  },
  {
    mistake: 'a harmless-looking raw tag',
    edits: { [STORY]: at76('Emissions of CO<sub>2</sub> are not reported.') },
    message: RAW_HTML('sub'),
  },
  {
    mistake: 'a Markdown link to javascript:',
    edits: { [STORY]: at76('Read [more](javascript:alert(1)).') },
    message: `${STORY}:76: link to "javascript:alert(1)": a story may link only to https: pages and to this site’s own pages (/…, #…), not to javascript: addresses`,
  },
  {
    mistake: 'a Markdown link to data:',
    edits: { [STORY]: at76('Read [more](data:text/html,hi).') },
    message: `${STORY}:76: link to "data:text/html,hi": a story may link only to https: pages and to this site’s own pages (/…, #…), not to data: addresses`,
  },
  {
    mistake: 'a link over http:',
    edits: { [STORY]: at76('See [the bureau](http://tj.nmg.gov.cn/).') },
    message: `${STORY}:76: link to "http://tj.nmg.gov.cn/": write the full secure address, https://tj.nmg.gov.cn/…`,
  },
  {
    mistake: 'a link relative to the story’s page',
    edits: { [STORY]: at76('See [the review](../../sources/nmg-industry-review-2023/).') },
    message: `${STORY}:76: link to "../../sources/nmg-industry-review-2023/": write a link to this site’s own pages from its root, e.g. /sources/nmg-work-report-2024/ (the build adds the base path), so it works on the story, its step pages and in the feed`,
  },
  {
    mistake: 'an image from another host',
    edits: { [STORY]: at76('![A solar farm](https://evil.example/farm.jpg)') },
    message: NO_IMAGES,
  },
  {
    mistake: 'an image from the site',
    edits: { [STORY]: at76('![The icon](/favicon.svg)') },
    message: NO_IMAGES,
  },
  {
    mistake: 'an HTML comment, with a citation inside that would never be checked',
    edits: { [STORY]: at76('<!-- TODO: :fig[no-such-figure] -->') },
    message: `${STORY}:76: an HTML comment is not allowed in a story: it would be published in the page and the feed, and a :fig inside it is never checked; delete it, or keep notes outside stories/`,
  },
  {
    mistake: 'a table',
    edits: { [STORY]: at76('| a | b |\n| - | - |\n| 1 | 2 |') },
    message: `${STORY}:76: a table is not allowed in a story; show the numbers in a chart (a ::::scrolly block), which has its own data table`,
  },
  {
    mistake: 'raw HTML in a step’s text',
    edits: { [STORY]: replace('Start with the total', '<script>alert(1)</script> Start with the total') },
    message: RAW_HTML('script').replace(':76:', ':29:'),
  },
];

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

/** Where a build mistake is made: the scratch project, and the scratch web root holding the previous good build. */
interface Place {
  project: string;
  web: string;
  /** The folder the previous good build is in, <web>/site. */
  site: string;
}

/** A mistake only a build can show: the environment it runs with, the folder that must stay as it was, the message. */
interface BuildMistake {
  mistake: string;
  env: (at: Place) => Record<string, string>;
  /** The folder that must be byte-for-byte as it was before the build. */
  kept: (at: Place) => string;
  message: string | ((at: Place) => string);
}

/** A hash of every file, folder and link under `folder`: their paths, and each file's bytes or link's target. */
function folderHash(folder: string): string {
  const hash = createHash('sha256');
  for (const entry of entriesOf(folder)) {
    const path = join(folder, entry);
    const stat = lstatSync(path);
    const content = stat.isFile() ? readFileSync(path) : stat.isSymbolicLink() ? readlinkSync(path) : '/';
    hash.update(`${entry}\0${createHash('sha256').update(content).digest('hex')}\n`);
  }
  return hash.digest('hex');
}

const OUT_DIR_MISTAKES: BuildMistake[] = [
  {
    mistake: 'OUT_DIR naming the stories',
    env: () => ({ OUT_DIR: 'stories' }),
    kept: ({ project }) => join(project, 'stories'),
    message: `OUT_DIR="stories": is the project's own stories/ or inside it, which a build must never replace; use ./dist`,
  },
  {
    mistake: 'OUT_DIR naming the project itself',
    env: () => ({ OUT_DIR: '.' }),
    kept: ({ project }) => project,
    message: `OUT_DIR=".": is the project's own folder or holds it`,
  },
  {
    mistake: 'OUT_DIR naming a folder that holds the project',
    env: () => ({ OUT_DIR: '..' }),
    kept: ({ project }) => project,
    message: `OUT_DIR="..": is the project's own folder or holds it`,
  },
  {
    mistake: 'OUT_DIR naming a folder that holds .git',
    env: ({ web }) => ({ OUT_DIR: join(web, 'repo') }),
    kept: ({ web }) => join(web, 'repo'),
    message: ({ web }) =>
      `OUT_DIR="${join(web, 'repo')}": holds files (.git, notes.md) and is not a previous build of this site (it has no ${BUILD_MARKER})`,
  },
  {
    mistake: 'OUT_DIR naming a previous build that holds files the build did not write',
    env: ({ web }) => ({ OUT_DIR: join(web, 'pages') }),
    kept: ({ web }) => join(web, 'pages'),
    message: ({ web }) =>
      `OUT_DIR="${join(web, 'pages')}": is a previous build of this site, but holds files that build did not write (.git, .git/HEAD, CNAME)`,
  },
  {
    mistake: 'OUT_DIR naming a file',
    env: ({ web }) => ({ OUT_DIR: join(web, 'site/index.html') }),
    kept: ({ site }) => site,
    message: 'index.html": is a file, not a folder',
  },
];

// One row for each rule a build must stop at; tests/config/env.test.ts has every value each rule refuses.
const ENV_MISTAKES: BuildMistake[] = [
  ['SITE_ORIGIN', 'example.org', 'SITE_ORIGIN="example.org": is not an absolute URL'],
  ['SITE_ORIGIN', 'https://example.org/docs', 'SITE_ORIGIN="https://example.org/docs": holds a path (/docs)'],
  ['BASE_PATH', 'docs', 'BASE_PATH="docs": must start and end with "/"'],
].map(([name, value, message]) => ({
  mistake: `${name}=${JSON.stringify(value)}`,
  env: ({ site }) => ({ OUT_DIR: site, [name!]: value! }),
  kept: ({ site }) => site,
  message: message!,
}));

const BUILD_MISTAKES: BuildMistake[] = [
  ...OUT_DIR_MISTAKES,
  ...ENV_MISTAKES,
  {
    mistake: 'OUT_DIR with a space at its end',
    env: ({ site }) => ({ OUT_DIR: `${site} ` }),
    kept: ({ site }) => site,
    message: ({ site }) => `OUT_DIR="${site} ": has white space at its start or end`,
  },
];

// A page that fails while it is drawn: pages before it are written, then the build stops.
const BROKEN_PAGE = "---\nthrow new Error('this page fails while it is drawn');\n---\n";

describe('astro build on a mistake', () => {
  const at: Place = { project: '', web: '', site: '' };

  beforeAll(async () => {
    at.project = scratchProject('build-mistake');
    at.web = mkdtempSync(join(tmpdir(), 'build-mistake-web-'));
    at.site = join(at.web, 'site');
    // The previous good build every row must leave in place: about 15 s on a quiet 2-core machine, 50 s at load
    // average 18.
    const build = await runAstroAsync(at.project, 'build', { OUT_DIR: at.site });
    if (build.status !== 0) throw new Error(`the good build failed:\n${build.output}`);
    mkdirSync(join(at.web, 'repo/.git'), { recursive: true });
    writeFileSync(join(at.web, 'repo/.git/HEAD'), 'ref: refs/heads/main\n');
    writeFileSync(join(at.web, 'repo/notes.md'), 'not a build\n');
    mkdirSync(join(at.web, 'pages/.git'), { recursive: true });
    writeFileSync(join(at.web, 'pages/index.html'), '<!doctype html>\n');
    writeFileSync(join(at.web, 'pages', BUILD_MARKER), markerText(['index.html']));
    writeFileSync(join(at.web, 'pages/.git/HEAD'), 'ref: refs/heads/gh-pages\n');
    writeFileSync(join(at.web, 'pages/CNAME'), 'example.org\n');
  }, 300_000);
  afterAll(() => {
    for (const dir of [at.project, at.web]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('wrote a marked build to start from', () => {
    expect(JSON.parse(readFileSync(join(at.site, BUILD_MARKER), 'utf8')).entries).toContain('index.html');
  });

  // Each of these stops while the config loads: 1.4 to 7.7 s each at load average 18.
  it.each(BUILD_MISTAKES.map((row) => [row.mistake, row] as const))(
    '%s stops the build with its message and leaves the folder as it was',
    async (_mistake, { env, kept, message }) => {
      const before = folderHash(kept(at));
      const build = await runAstroAsync(at.project, 'build', env(at));
      expect(build.status).not.toBe(0);
      expect(build.output).toContain(typeof message === 'string' ? message : message(at));
      expect(folderHash(kept(at))).toBe(before);
    },
    60_000,
  );

  it('a page that fails after others were written leaves the previous build byte-for-byte in place', async () => {
    const before = folderHash(at.site);
    const page = join(at.project, 'src/pages/zz-broken.astro');
    writeFileSync(page, BROKEN_PAGE);
    try {
      const build = await runAstroAsync(at.project, 'build', { OUT_DIR: at.site });
      expect(build.status).not.toBe(0);
      expect(build.output).toContain('this page fails while it is drawn');
    } finally {
      rmSync(page);
    }
    expect(folderHash(at.site)).toBe(before);
    // The failure came late: the scratch build beside the site had pages in it when it stopped.
    expect(entriesOf(join(at.web, '.site.building')).filter((entry) => entry.endsWith('.html'))).not.toEqual([]);
  }, 300_000);
});
