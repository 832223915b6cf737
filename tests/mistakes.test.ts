import { createHash } from 'node:crypto';
import { cpSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_MARKER, entriesOf, markerText } from '../src/config/env';
import { syncStories } from '../src/stories/loader';
import { figureRecord } from './support/figure-record';
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

/** A figure record of its own id for a scratch data file, with `change` applied (see figureRecord). */
const brokenFigure = (change: Record<string, string | undefined>) =>
  `${figureRecord({ id: 'broken-figure', ...change })}\n`;

const GARBLED = 'data/exclusions/hohhot-h1-2024-report-part-1.yaml';
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
    mistake: 'a step missing from a story’s Chinese edition',
    edits: {
      'stories/zh/industry-outpaces-china-2024.md': replace(/:::step\{#three-branches[\s\S]*?\n:::\n/, ''),
    },
    message:
      /::::scrolly "where-growth-came-from" \(stories\/zh\/industry-outpaces-china-2024\.md:\d+, stories\/industry-outpaces-china-2024\.md:\d+\): its steps are "all-industry", "equipment-and-high-tech", "coal-and-power" in the translation but "all-industry", "three-branches", "equipment-and-high-tech", "coal-and-power" in the original/,
  },
  {
    mistake: 'a number in a note of a story’s Chinese edition',
    edits: {
      'stories/zh/industry-outpaces-china-2024.md': replace(
        'nmg-mining-value-added-growth-2024-jan-may: 只有这个门类低于全区总体增速',
        'nmg-mining-value-added-growth-2024-jan-may: 只有这个门类低于7.2%',
      ),
    },
    message:
      /stories\/zh\/industry-outpaces-china-2024\.md:\d+: step "three-branches": annotate: a note may not hold a numeral/,
  },
  {
    mistake: 'a block quote in a story’s Chinese edition not verbatim in its sources',
    edits: {
      'stories/zh/industry-outpaces-china-2024.md': replace('同比增长7.2%，高于全国', '同比增长7.3%，高于全国'),
    },
    message:
      /stories\/zh\/industry-outpaces-china-2024\.md:\d+: the Chinese quote > 今年1-5月，全区规模以上工业增加值同比增长7\.3%.* is not verbatim in any source the story lists/,
  },
  {
    mistake: 'a Chinese edition of no story',
    edits: {
      'stories/zh/no-such-story.md':
        '---\ntitle: 无\ndek: 一句话的导语，说清楚。\nauthors: [无]\nsource_hash: "abcdef012345"\n---\n',
    },
    message: 'stories/zh/no-such-story.md: translates no story',
  },
  {
    mistake: 'a story with no Chinese edition',
    edits: {
      'stories/zz-new.md': replace(
        'slug: industry-outpaces-china-2024',
        'slug: zz-new',
      )(readFileSync(join(root, STORY), 'utf8')),
    },
    message: 'stories/zz-new.md: has no Chinese edition: write it as stories/zh/zz-new.md',
  },
  {
    mistake: 'a Chinese byline naming another number of authors than the English one',
    edits: { 'stories/zh/industry-outpaces-china-2024.md': replace('  - 数读内蒙古数据组\n', '  - 甲\n  - 乙\n') },
    message:
      'stories/zh/industry-outpaces-china-2024.md:5: authors: names 2 author(s), but stories/industry-outpaces-china-2024.md names 1',
  },
  {
    mistake: 'two stories with one slug',
    edits: { 'stories/zz-copy.md': readFileSync(join(root, STORY), 'utf8') },
    message: `stories/zz-copy.md:4: slug: "industry-outpaces-china-2024" is also the slug of ${STORY}`,
  },
  {
    mistake: 'a figure whose quote is not in its source',
    edits: {
      'data/figures/zz-broken.yaml': brokenFigure({
        label: 'A figure misquoted on purpose',
        value: '"3.4"',
        quote: '全区采矿业增加值同比增长3.4%',
      }),
    },
    message: 'data/figures/zz-broken.yaml:9: record 1 "broken-figure", field quote: not found in source',
  },
  {
    mistake: 'a figure with no label in Chinese',
    edits: { 'data/figures/zz-broken.yaml': brokenFigure({ label_zh: undefined }) },
    message:
      'data/figures/zz-broken.yaml:1: record 1 "broken-figure", field label_zh: must say in Chinese what is measured',
  },
  {
    mistake: 'a figure with a locality but none in Chinese',
    edits: { 'data/figures/zz-broken.yaml': brokenFigure({ locality: 'Somewhere in the region' }) },
    message:
      /data\/figures\/zz-broken\.yaml:\d+: record 1 "broken-figure", field locality_zh: must name the locality in Chinese/,
  },
  {
    mistake: 'a number of a source that is neither a figure nor excluded',
    edits: { [GARBLED]: replace(/\n- numbers: \["103"\][\s\S]*?(?=\n- numbers:|$)/, '') },
    message:
      'data/sources/hohhot-h1-2024-report.txt:25: "103" (…落地首店、旗舰店103期特别国债等…) is neither a figure\'s value within its quote nor listed in data/exclusions/hohhot-h1-2024-report.yaml',
  },
  {
    mistake: 'an exclusion of a number its quote does not hold',
    edits: { [GARBLED]: replace('numbers: ["103"]', 'numbers: ["104"]') },
    message:
      /data\/exclusions\/hohhot-h1-2024-report-part-1\.yaml:\d+: record \d+, field numbers: "104" is not a number of the quote that is still to account for; the quote's open numbers are "103"/,
  },
];

// Markup a story may not contain: raw HTML, other URL schemes, images from other hosts, comments.
/** Adds `markdown` to the story as a paragraph of its own at line 79 of the file, before its third heading. */
const at79 = (markdown: string) => replace('## A solar boom', `${markdown}\n\n## A solar boom`);
const RAW_HTML = (tag: string) =>
  `${STORY}:79: raw HTML <${tag}> is not allowed in a story; write Markdown (*emphasis*, **strong**, [text](https://…), > quotes, lists), cite figures with :fig[id], and draw charts with ::::scrolly blocks`;
const NO_IMAGES = `${STORY}:79: images are not allowed in a story (the site shows none, and a feed reader would fetch them from wherever they point); a story’s pictures are its charts: draw one with a ::::scrolly block`;
const MARKUP_MISTAKES: Mistake[] = [
  {
    mistake: 'a meta refresh to another site',
    edits: { [STORY]: at79('<meta http-equiv="refresh" content="0;url=https://evil.example/">') },
    message: RAW_HTML('meta'),
  },
  {
    mistake: 'a <base> pointing at another host',
    edits: { [STORY]: at79('<base href="https://evil.example/">') },
    message: RAW_HTML('base'),
  },
  {
    mistake: 'a form posting to another host',
    edits: { [STORY]: at79('<form action="https://evil.example/"><input name="q"></form>') },
    message: RAW_HTML('form'),
  },
  {
    mistake: 'a stylesheet from another host',
    edits: { [STORY]: at79('<link rel="stylesheet" href="https://evil.example/x.css">') },
    message: RAW_HTML('link'),
  },
  {
    mistake: 'a raw link to javascript:',
    edits: { [STORY]: at79('Read <a href="javascript:alert(1)">more</a>.') },
    message: RAW_HTML('a'),
  },
  {
    mistake: 'a harmless-looking raw tag',
    edits: { [STORY]: at79('Emissions of CO<sub>2</sub> are not reported.') },
    message: RAW_HTML('sub'),
  },
  {
    mistake: 'a Markdown link to javascript:',
    edits: { [STORY]: at79('Read [more](javascript:alert(1)).') },
    message: `${STORY}:79: link to "javascript:alert(1)": a story may link only to https: pages and to this site’s own pages (/…, #…), not to javascript: addresses`,
  },
  {
    mistake: 'a Markdown link to data:',
    edits: { [STORY]: at79('Read [more](data:text/html,hi).') },
    message: `${STORY}:79: link to "data:text/html,hi": a story may link only to https: pages and to this site’s own pages (/…, #…), not to data: addresses`,
  },
  {
    mistake: 'a link over http:',
    edits: { [STORY]: at79('See [the bureau](http://tj.nmg.gov.cn/).') },
    message: `${STORY}:79: link to "http://tj.nmg.gov.cn/": write the full secure address, https://tj.nmg.gov.cn/…`,
  },
  {
    mistake: 'a link relative to the story’s page',
    edits: { [STORY]: at79('See [the review](../../sources/nmg-industry-review-2023/).') },
    message: `${STORY}:79: link to "../../sources/nmg-industry-review-2023/": write a link to this site’s own pages from its root, e.g. /sources/nmg-work-report-2024/ (the build adds the base path), so it works on the story, its step pages and in the feed`,
  },
  {
    mistake: 'an image from another host',
    edits: { [STORY]: at79('![A solar farm](https://evil.example/farm.jpg)') },
    message: NO_IMAGES,
  },
  {
    mistake: 'an image from the site',
    edits: { [STORY]: at79('![The icon](/favicon.svg)') },
    message: NO_IMAGES,
  },
  {
    mistake: 'an HTML comment, with a citation inside that would never be checked',
    edits: { [STORY]: at79('<!-- TODO: :fig[no-such-figure] -->') },
    message: `${STORY}:79: an HTML comment is not allowed in a story: it would be published in the page and the feed, and a :fig inside it is never checked; delete it, or keep notes outside stories/`,
  },
  {
    mistake: 'a table',
    edits: { [STORY]: at79('| a | b |\n| - | - |\n| 1 | 2 |') },
    message: `${STORY}:79: a table is not allowed in a story; show the numbers in a chart (a ::::scrolly block), which has its own data table`,
  },
  {
    mistake: 'raw HTML in a step’s text',
    edits: { [STORY]: replace('Start with the total', '<script>alert(1)</script> Start with the total') },
    message: RAW_HTML('script').replace(':79:', ':30:'),
  },
];

/** A file's text with `bytes` that are not UTF-8 (as a GB18030 or Latin-1 editor would save) put before `before`. */
const withBytes = (path: string, before: string, bytes: number[]): Buffer => {
  const text = readFileSync(join(root, path), 'utf8');
  const at = text.indexOf(before);
  if (at < 0) throw new Error(`mistake table: ${before} is not in ${path}`);
  return Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from(bytes), Buffer.from(text.slice(at))]);
};

const FIGURES = 'data/figures/nmg-daily-economy-2024-07-02.yaml';
// The story that lists a moved step: links to its old id are sent on to the step that now carries its words.
const MOVED = 'stories/new-energy-buildout.md';

// Text, dates, directive structure, ids and files that are not what they say.
const INPUT_MISTAKES: Mistake[] = [
  {
    mistake: 'an impossible date, quoted',
    edits: { [STORY]: replace('published: 2024-07-10', 'published: "2024-02-30"') },
    message: `${STORY}:5: published: 2024-02-30 is not a date: February 2024 has 29 days; write YYYY-MM-DD`,
  },
  {
    mistake: 'an impossible date, unquoted',
    edits: { [STORY]: replace('published: 2024-07-10', 'published: 2024-13-45') },
    message: `${STORY}:5: published: 2024-13-45 is not a date: there is no month 13; write YYYY-MM-DD`,
  },
  {
    mistake: 'an impossible date in a source’s metadata',
    edits: { 'data/sources/sources.yaml': replace('  date: 2024-07-02', '  date: 2024-06-31') },
    message:
      'data/sources/sources.yaml:11: record 1 "nmg-daily-economy-2024-07-02", field date: 2024-06-31 is not a date: June 2024 has 30 days',
  },
  {
    mistake: 'an impossible date in a cited outside fact',
    edits: { 'data/context/energy.yaml': replace('    date: 2015-11-05', '    date: 2015-00-05') },
    message:
      'data/context/energy.yaml:10: record 1 "xilingol-taizhou-line-ends-in-jiangsu", field source.date: 2015-00-05 is not a date: there is no month 00',
  },
  {
    mistake: 'a byte that is not UTF-8 in a story',
    edits: { [STORY]: withBytes(STORY, ' is best known', [0xe9]) },
    message: `${STORY}:18: byte 0xE9 at column 15 is not UTF-8; save the file as UTF-8`,
  },
  {
    mistake: 'bytes that are not UTF-8 in a figure label (GB18030)',
    edits: { [FIGURES]: withBytes(FIGURES, 'Growth of industrial value added, firms', [0xc4, 0xda]) },
    message: `${FIGURES}:6: byte 0xC4 at column 10 is not UTF-8; save the file as UTF-8`,
  },
  {
    mistake: 'an unclosed :::step, which would swallow the next step',
    edits: { [STORY]: replace('\n:::\n\n:::step{#three-branches', '\n\n:::step{#three-branches') },
    message: `${STORY}:36: :::step starts inside step "all-industry" (line 29); a step holds only text: end step "all-industry" with a ::: line before this one`,
  },
  {
    mistake: 'an unclosed last :::step',
    edits: { [STORY]: replace('\n:::\n\n::::\n', '\n\n::::\n') },
    message: `${STORY}:51: step "coal-and-power" is not closed: end it with a ::: line after its text, before the next step`,
  },
  {
    mistake: 'a ::::scrolly nested in another',
    edits: {
      [STORY]: replace(
        ':::step{#all-industry',
        '::::scrolly{#inner chart=bars headline="Inner"}\n:::step{#inner-step figures="nmg-industrial-value-added-growth-2024-jan-may"}\nText.\n:::\n::::\n\n:::step{#all-industry',
      ),
    },
    message: `${STORY}:29: ::::scrolly starts inside ::::scrolly "where-growth-came-from" (line 27); sections cannot nest: end that section with a :::: line before this one`,
  },
  {
    mistake: 'a section id equal to a step id',
    edits: { [STORY]: replace('::::scrolly{#solar-boom', '::::scrolly{#silicon') },
    message: `${STORY}:90: duplicate step id "silicon"; it is also used at line 83 (sections and steps share one page)`,
  },
  {
    mistake: 'a step id the story page uses itself',
    edits: { [STORY]: replace(':::step{#silicon', ':::step{#sources-heading') },
    message: `${STORY}:90: step id "sources-heading": "sources-heading" is an id the story page uses itself; choose another`,
  },
  {
    mistake: 'a moved step whose old id is still a step',
    edits: { [MOVED]: replace('  rank-targets: capacity-2024', '  capacity-2025: capacity-2024') },
    message: `${MOVED}:19: moved: "capacity-2025" is still a step of the story (line 118); list under moved: only the ids of steps it no longer has`,
  },
  {
    mistake: 'a moved step whose old id a section has',
    edits: { [MOVED]: replace('  rank-targets: capacity-2024', '  capacity: capacity-2024') },
    message: `${MOVED}:19: moved: "capacity" is the id of section "capacity" (line 97), and an old link to it must reach one step; rename the section`,
  },
  {
    mistake: 'a moved step sent on to a step the story does not have',
    edits: { [MOVED]: replace('  rank-targets: capacity-2024', '  rank-targets: rank-2024') },
    message: `${MOVED}:19: moved: "rank-targets": the story has no step "rank-2024"; name the step that now carries its words, one of equipment-output, chain-growth,`,
  },
  {
    mistake: 'a story in a subfolder of stories/',
    edits: { 'stories/drafts/draft.md': readFileSync(join(root, STORY), 'utf8') },
    message:
      'stories/drafts/: a folder is not read: stories are the .md files directly in its parent folder; move its files up',
  },
  {
    mistake: 'a story file not ending .md',
    edits: { 'stories/new-story.markdown': readFileSync(join(root, STORY), 'utf8') },
    message:
      'stories/new-story.markdown: not read: stories end in .md; rename it new-story.md, or move it out of the folder',
  },
  {
    mistake: 'a figures file named .yml',
    edits: { 'data/figures/more.yml': readFileSync(join(root, FIGURES), 'utf8') },
    message: 'data/figures/more.yml: not read: figure files end in .yaml; rename it more.yaml',
  },
  {
    mistake: 'an outside-fact file named .yml',
    edits: { 'data/context/more.yml': '[]\n' },
    message: 'data/context/more.yml: not read: outside-fact files end in .yaml; rename it more.yaml',
  },
  {
    mistake: 'a relations file in a subfolder',
    edits: { 'data/relations/old/more.yaml': '[]\n' },
    message:
      'data/relations/old/: a folder is not read: relation files are the .yaml files directly in its parent folder',
  },
  {
    mistake: 'a source text sources.yaml does not list',
    edits: { 'data/sources/new-report.txt': '今年1-5月\n' },
    message:
      'data/sources/new-report.txt: no source in sources.yaml has the id "new-report"; list it there with its sha256',
  },
  {
    mistake: 'an emoji in a title',
    edits: { [STORY]: replace(/^title: (.*)$/m, 'title: $1 🚀') },
    message: `${STORY}:2: title: has 🚀 (U+1F680), which the share images' font Source Serif 4 cannot draw; write it in words or plain punctuation`,
  },
  {
    mistake: 'an emoji in a headline',
    edits: { [STORY]: replace('headline="Output of solar products', 'headline="☀️ Output of solar products') },
    message: `${STORY}:83: ::::scrolly headline: has ☀ (U+2600), ️ (U+FE0F), which the share images' font Source Sans 3 cannot draw`,
  },
  {
    mistake: 'an emoji in a step label',
    edits: { [STORY]: replace('labels="All industry|', 'labels="All industry 🏭|') },
    message: `${STORY}:29: step "all-industry": labels: has 🏭 (U+1F3ED), which the share images' font Source Sans 3 cannot draw`,
  },
  {
    mistake: 'an emoji in a figure label',
    edits: {
      [FIGURES]: replace('label: Growth of industrial', 'label: 📈 Growth of industrial'),
      [STORY]: replace(' labels="All industry|Target for the whole of 2024" highlight=', ' highlight='),
    },
    message:
      /industry-outpaces-china-2024\.md:29: step "all-industry": its chart draws "📈 Growth of industrial value added, firms above designated size" from figure "nmg-industrial-value-added-growth-2024-jan-may" \(\S*data\/figures\/nmg-daily-economy-2024-07-02\.yaml:5\), which has 📈 \(U\+1F4C8\)/u,
  },
  {
    mistake: 'a story with no scroll section',
    edits: {
      'stories/zz-no-charts.md': readFileSync(join(root, STORY), 'utf8')
        .replace('slug: industry-outpaces-china-2024', 'slug: no-charts')
        .replace(/::::scrolly[\s\S]*/, ''),
    },
    message: 'stories/zz-no-charts.md:17: the story has no ::::scrolly section; every story needs one',
  },
];

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
    mkdirSync(dirname(file), { recursive: true });
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
