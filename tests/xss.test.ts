import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Element as XmlElement } from 'xast';
import { fromXml } from 'xast-util-from-xml';
import { shareCardSvg } from '../src/share/card';
import { cardColours } from '../src/share/render-chart';
import { storyShare } from '../src/share/story-shares';
import { syncStories } from '../src/stories/loader';
import { loaderContext } from './support/loader-context';
import { runAstroAsync, scratchProject } from './support/scratch-project';

// One build of the site with an XSS payload in every field an author or curator writes, and every output it makes
// parsed as its reader would parse it: the payload must come out as text (or an attribute's value), never as an
// element, an attribute, a script or an address.
//
// Fields that cannot carry the payload because the loader refuses it, proven in tests/mistakes.test.ts and
// tests/stories/markup.test.ts: raw HTML, comments, images and links to javascript:, data: or other hosts over
// http: in a story's Markdown; a context fact's url must be an http(s) address (src/context/fact.ts). Markdown text
// can still say "<script>" in words, written as character references, so the step text carries it that way.

const PAYLOAD = '"><img src=x onerror=alert(1)><script>alert(1)</script>';
const STORY = 'stories/industry-outpaces-china-2024.md';
const HERO = 'nmg-industrial-value-added-growth-2024-jan-may';

/** Replaces `from` with `to` in a file of the scratch project, failing if `from` is not there (the test went stale). */
function edit(project: string, file: string, from: string | RegExp, to: string): void {
  const path = join(project, file);
  const text = readFileSync(path, 'utf8');
  if (!(typeof from === 'string' ? text.includes(from) : from.test(text)))
    throw new Error(`${file} no longer holds ${String(from)}`);
  writeFileSync(path, text.replace(from, to));
}

/** Every author-controlled field of the scratch project, set to the payload. */
function plantPayload(project: string): void {
  const quoted = `'${PAYLOAD}'`;
  edit(project, STORY, /^title: .*$/m, `title: ${quoted}`);
  edit(project, STORY, /^dek: .*$/m, `dek: '${PAYLOAD} is what this dek says.'`);
  edit(project, STORY, '  - Data Desk', `  - ${quoted}`);
  edit(
    project,
    STORY,
    'headline="Growth of industrial value added, January–May 2024, year on year"',
    `headline=${quoted}`,
  );
  edit(project, STORY, 'labels="All industry|Target for the whole of 2024"', `labels='${PAYLOAD}|${PAYLOAD}'`);
  edit(project, STORY, /note="The second bar is the target for the whole of 2024[^"]*"/, `note=${quoted}`);
  edit(project, STORY, 'referenceLabel="All industry"', `referenceLabel=${quoted}`);
  edit(
    project,
    STORY,
    'Start with the total',
    '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(1)&lt;/script&gt; Start with the total',
  );
  edit(
    project,
    'data/figures/nmg-daily-economy-2024-07-02.yaml',
    `- id: ${HERO}\n  label: Growth of industrial value added, firms above designated size`,
    `- id: ${HERO}\n  label: ${quoted}\n  note: ${quoted}\n  note_zh: ${quoted}`,
  );
  edit(project, 'data/context/energy.yaml', /claim: The Xilingol–Taizhou .*$/m, `claim: '${PAYLOAD} is the claim.'`);
  edit(project, 'data/context/energy.yaml', /claim_zh: 锡盟—泰州.*$/m, `claim_zh: '${PAYLOAD}是一项陈述。'`);
  edit(project, 'data/context/energy.yaml', /publisher: China Energy Saving Net .*$/m, `publisher: ${quoted}`);
  edit(project, 'data/context/energy.yaml', /publisher_zh: 中国节能网.*$/m, `publisher_zh: ${quoted}`);
}

const URL_PROPERTIES = ['href', 'src', 'action', 'formAction', 'poster', 'cite', 'data', 'srcSet', 'ping'];

/** What in an HTML tree the payload turned into live markup, as readable lines; none when it stayed text. */
function liveMarkup(tree: Root): string[] {
  const found: string[] = [];
  visit(tree, 'element', (element: Element) => {
    const handlers = Object.keys(element.properties).filter((name) => /^on/i.test(name));
    if (handlers.length > 0) found.push(`<${element.tagName}> has handler ${handlers.join(', ')}`);
    if (element.tagName === 'img' && element.properties.src === 'x') found.push('an <img src=x>');
    if (element.tagName === 'script') {
      const text = toString(element);
      if (element.properties.type === 'application/ld+json') {
        try {
          JSON.parse(text);
        } catch {
          found.push(`JSON-LD that is not JSON: ${text.slice(0, 80)}`);
        }
      } else if (text.includes('alert(1)')) found.push(`a script: ${text}`);
    }
    for (const name of URL_PROPERTIES) {
      const value = element.properties[name];
      if (value === undefined || value === null) continue;
      for (const address of Array.isArray(value) ? value : [value])
        if (/^\s*javascript:/i.test(String(address).replace(/[\t\n\r]/g, '')))
          found.push(`<${element.tagName} ${name}="${String(address)}">`);
    }
  });
  return found;
}

/** An XML element's text, as an XML reader gets it (references decoded once). */
const xmlText = (element: XmlElement) =>
  element.children.map((child) => (child.type === 'text' || child.type === 'cdata' ? child.value : '')).join('');

/** Every file below `dir`, as paths relative to it. */
const filesIn = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' });

let project: string;
let dist: string;

beforeAll(async () => {
  project = scratchProject('xss-build');
  plantPayload(project);
  // About 15 s on a quiet 2-core machine, like tests/astro.config.test.ts; 300 s leaves room for a busy one.
  const build = await runAstroAsync(project, 'build', { SITE_ORIGIN: 'https://example.org' });
  if (build.status !== 0) throw new Error(`astro build failed:\n${build.output}`);
  dist = join(project, 'dist');
}, 300_000);
afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('astro build with an XSS payload in every author-controlled field', () => {
  it('makes no element, handler, script or javascript: address of it in any HTML page', () => {
    const pages = filesIn(dist).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    const found = pages.flatMap((page) =>
      liveMarkup(fromHtml(readFileSync(join(dist, page), 'utf8'))).map((line) => `${page}: ${line}`),
    );
    expect(found).toEqual([]);
  });

  it('shows it as text wherever the story page shows the fields', () => {
    const page = fromHtml(readFileSync(join(dist, 'stories/industry-outpaces-china-2024/index.html'), 'utf8'));
    const text = toString(page);
    // Title, dek, author, headline, step text, label, note, figure label (the step text is typeset, so its quotes curl).
    expect(text.split(PAYLOAD).length - 1).toBeGreaterThanOrEqual(6);
    expect(text).toContain('”><img src=x onerror=alert(1)><script>alert(1)</script> Start with the total');
    const script = findElement(page, (element) => element.properties.type === 'application/ld+json')!;
    const jsonLd = JSON.parse(toString(script)) as { headline: string; author: { name: string }[] };
    expect(jsonLd.headline).toBe(PAYLOAD);
    expect(jsonLd.author.map((author) => author.name)).toContain(PAYLOAD);
    const story = fromHtml(readFileSync(join(dist, 'stories/energy-corridors/index.html'), 'utf8'));
    expect(toString(story)).toContain(`${PAYLOAD} is the claim.`);
    // The Chinese edition shows the Chinese fields: the claim and its publisher, the figure's note on its figure page.
    const zhStory = toString(fromHtml(readFileSync(join(dist, 'zh/stories/energy-corridors/index.html'), 'utf8')));
    expect(zhStory).toContain(`${PAYLOAD}是一项陈述。`);
    const zhFigures = readFileSync(join(dist, 'zh/figures/nmg-daily-economy-2024-07-02/index.html'), 'utf8');
    expect(toString(fromHtml(zhFigures))).toContain(PAYLOAD);
  });

  it('keeps it text in the feed: title and description read as HTML, and the HTML of each item', () => {
    const feed = fromXml(readFileSync(join(dist, 'rss.xml'), 'utf8'));
    const items: XmlElement[] = [];
    visit(feed, 'element', (element: XmlElement) => {
      if (element.name === 'item') items.push(element);
    });
    const field = (item: XmlElement, name: string) =>
      xmlText(item.children.find((child): child is XmlElement => child.type === 'element' && child.name === name)!);
    const item = items.find((candidate) => field(candidate, 'link').includes('industry-outpaces-china-2024'))!;
    for (const [name, expected] of [
      ['title', PAYLOAD],
      ['description', `${PAYLOAD} is what this dek says.`],
    ] as const) {
      const html = fromHtml(field(item, name), { fragment: true });
      expect(html.children.map((child) => child.type)).toEqual(['text']);
      expect(toString(html)).toBe(expected);
    }
    for (const each of items) {
      const content = fromHtml(field(each, 'content:encoded'), { fragment: true });
      expect(liveMarkup(content)).toEqual([]);
    }
    expect(toString(fromHtml(field(item, 'content:encoded'), { fragment: true }))).toContain(PAYLOAD);
  });

  it('keeps it the exact value of its fields in the JSON and CSV downloads', () => {
    const json = JSON.parse(readFileSync(join(dist, 'data/figures.json'), 'utf8')) as Record<string, string>[];
    const csv = csvParse(readFileSync(join(dist, 'data/figures.csv'), 'utf8').replace(/^\uFEFF/, ''));
    for (const records of [json, csv]) {
      const hero = records.find((record) => record.id === HERO)!;
      expect(hero.label).toBe(PAYLOAD);
      expect(hero.note).toBe(PAYLOAD);
      expect(hero.note_zh).toBe(PAYLOAD);
    }
  });

  it('keeps it text and attribute values in the share-card SVG the renderer reads', async () => {
    const { context, entries } = loaderContext();
    await syncStories(context, project);
    const entry = entries.get('industry-outpaces-china-2024')!;
    const share = storyShare(
      {
        id: entry.id,
        digest: entry.digest,
        data: entry.data as never,
        rendered: entry.rendered,
      },
      'en',
    );
    for (const card of [share.hero, ...share.steps.map((step) => step.card)]) {
      const svg = fromXml(shareCardSvg(card, cardColours()));
      const names = new Set<string>();
      visit(svg, 'element', (element: XmlElement) => {
        names.add(element.name);
        const handlers = Object.keys(element.attributes).filter((name) => /^on/i.test(name));
        expect(handlers).toEqual([]);
      });
      expect(names.has('img') || names.has('script')).toBe(false);
    }
    expect(share.hero.title).toBe(PAYLOAD);
  });
});

/** The first element in a tree that `test` accepts. */
function findElement(tree: Root, test: (element: Element) => boolean): Element | undefined {
  let found: Element | undefined;
  visit(tree, 'element', (element: Element) => {
    if (!found && test(element)) found = element;
  });
  return found;
}
