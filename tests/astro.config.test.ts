import { createReadStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check, LinkState } from 'linkinator';
import Parser from 'rss-parser';
import { parseSitemap, parseSitemapIndex } from 'sitemap';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSources } from '../src/sources/registry';
import { TOPICS, type Topic } from '../src/lib/topics';
import { freePort } from '../scripts/preview-server';
import { storiesOnDisk } from './e2e/stories-on-disk';
import { pngSize } from './support/png';
import { runAstroAsync, scratchProject } from './support/scratch-project';

// The whole site, built as a deploy under a sub-path would be: BASE_PATH=/some-path/ into <web root>/some-path/.
const BASE = '/some-path/';
const stories = storiesOnDisk();
let project: string;
let webRoot: string;
let outDir: string;
let port: number;
let origin: string;
let buildOutput: string;

/** The built file an absolute URL on the site's origin is served from, or undefined for a URL outside the site. */
function builtFile(url: string): string | undefined {
  const { origin: at, pathname } = new URL(url);
  if (at !== origin || !pathname.startsWith(BASE)) return undefined;
  const path = decodeURIComponent(pathname.slice(BASE.length));
  return join(outDir, path.endsWith('/') || path === '' ? `${path}index.html` : path);
}

/** The absolute URL of a site path under the base path. */
const url = (path: string) => `${origin}${BASE}${path.replace(/^\//, '')}`;

beforeAll(async () => {
  project = scratchProject('base-path-build');
  webRoot = mkdtempSync(join(tmpdir(), 'base-path-web-'));
  outDir = join(webRoot, BASE);
  port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  // The one build every test below reads: about 15 s on a quiet 2-core machine, so 300 s leaves room for a busy one.
  const build = await runAstroAsync(project, 'build', { SITE_ORIGIN: origin, BASE_PATH: BASE, OUT_DIR: outDir });
  if (build.status !== 0) throw new Error(`astro build failed:\n${build.output}`);
  buildOutput = build.output;
}, 300_000);
afterAll(() => {
  for (const dir of [project, webRoot]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('astro build', () => {
  it('transforms each story once in the whole build: the stories loader runs once and builds every story', () => {
    const count = (dir: string) => readdirSync(join(project, dir)).filter((name) => name.endsWith('.md')).length;
    const runs = [
      ...buildOutput.matchAll(
        /\[stories\] built (\d+) stories, each in English and Chinese, each edition transformed once/g,
      ),
    ];
    expect(count('stories/zh')).toBe(count('stories'));
    expect(runs.map((run) => Number(run[1]))).toEqual([count('stories')]);
  });
});

describe('astro.config.mjs OUT_DIR', () => {
  it('builds into the folder it names', () => {
    expect(existsSync(join(outDir, 'index.html'))).toBe(true);
    expect(existsSync(join(project, 'dist'))).toBe(false);
  });
});

/**
 * Checks every link and asset of the page at `path` on the site's server (hrefs, srcs, srcsets, CSS urls, fragments, and
 * URLs in <meta content> such as og:image and og:url), following internal links if `recurse`.
 */
async function crawl(path: string, recurse: boolean) {
  const result = await check({
    path,
    serverRoot: webRoot,
    port,
    recurse,
    checkCss: true,
    checkFragments: true,
    concurrency: 8,
    // Only this site is fetched: there is no network here, and other hosts are not ours to check.
    linksToSkip: async (link) => !link.startsWith(`${origin}/`),
  });
  const broken = result.links.filter((link) => link.state === LinkState.BROKEN);
  const report = broken.map(
    (link) => `${link.status ?? 'no response'} ${link.url}\n    on ${link.parent ?? '(start)'}`,
  );
  expect(report, `broken links:\n${report.join('\n')}`).toEqual([]);
  // Linkinator reports URLs on its own server by path, without the leading slash.
  return new Set(
    result.links.filter((link) => link.state === LinkState.OK).map((link) => `/${link.url.replace(/^\//, '')}`),
  );
}

describe('astro.config.mjs BASE_PATH: every internal link resolves', () => {
  it('crawls from the base path through every page, link and asset without a broken one', async () => {
    const checked = await crawl(BASE, true);
    // The crawl must have reached every page, or "no broken links" would say nothing.
    // Both editions: every page links to its counterpart, so the crawl reaches the Chinese edition too.
    const pages = ['', 'zh/'].flatMap((edition) =>
      [
        '',
        'figures/',
        ...loadSources().map((source) => `figures/${source.id}/`),
        'sources/',
        ...stories.map((story) => `stories/${story.slug}/`),
      ].map((path) => `${BASE}${edition}${path}`),
    );
    expect(pages.filter((page) => !checked.has(page))).toEqual([]);
  }, 120_000);

  it("checks every link and asset of each moved step's old share page, which nothing links to", async () => {
    const moved = stories.flatMap((story) => story.moved.map(([from, to]) => ({ slug: story.slug, from, to })));
    expect(moved.length).toBeGreaterThan(0);
    for (const { slug, from, to } of moved) {
      const checked = await crawl(`${BASE}stories/${slug}/${from}/`, false);
      expect(checked).toContain(`${BASE}share/${slug}/${to}.png`);
    }
  }, 60_000);

  it.each(['', 'zh/'])(
    'checks every link and asset of the %s404 page, which nothing links to',
    async (edition) => {
      const checked = await crawl(`${BASE}${edition}404.html`, false);
      expect([...checked].filter((link) => link.startsWith(`${BASE}${edition}stories/`))).toHaveLength(stories.length);
    },
    60_000,
  );
});

describe('@astrojs/sitemap with sitemapOptions', () => {
  it('lists exactly the home page, every story, the figure pages and every source, on the origin and base path', async () => {
    const index = await parseSitemapIndex(createReadStream(join(outDir, 'sitemap-index.xml')));
    expect(index.length).toBeGreaterThan(0);
    const listed = [];
    for (const { url: sitemap } of index) {
      const file = builtFile(sitemap);
      expect(file && existsSync(file), `${sitemap} is a built file`).toBe(true);
      listed.push(...(await parseSitemap(createReadStream(file!))));
    }
    const expected = ['', 'zh/'].flatMap((edition) =>
      [
        '',
        'figures/',
        ...loadSources().map((source) => `figures/${source.id}/`),
        'sources/',
        ...loadSources().map((source) => `sources/${source.id}/`),
        ...stories.map((story) => `stories/${story.slug}/`),
      ].map((path) => url(`${edition}${path}`)),
    );
    expect(listed.map((entry) => entry.url).sort()).toEqual(expected.sort());
  });

  it('gives each story page its updated or published date as lastmod, and leaves out step pages', async () => {
    const listed = await parseSitemap(createReadStream(join(outDir, 'sitemap-0.xml')));
    for (const story of stories)
      for (const edition of ['', 'zh/']) {
        const entry = listed.find((item) => item.url === url(`${edition}stories/${story.slug}/`));
        expect(entry?.lastmod, story.slug).toBe(
          new Date(`${story.updated ?? story.published}T00:00:00Z`).toISOString(),
        );
      }
    expect(listed.filter((item) => /\/stories\/[^/]+\/[^/]+\//.test(item.url))).toEqual([]);
  });

  it('lists each page with both editions as alternates: itself and its counterpart under zh/', async () => {
    const listed = await parseSitemap(createReadStream(join(outDir, 'sitemap-0.xml')));
    for (const entry of listed) {
      const english = entry.url.replace(url('zh/'), url(''));
      expect(entry.links, entry.url).toEqual([
        { lang: 'en', url: english },
        { lang: 'zh-Hans', url: english.replace(url(''), url('zh/')) },
      ]);
    }
  });
});

describe('robots.txt', () => {
  it('names the sitemap index by its absolute URL under the base path', () => {
    const robots = readFileSync(join(outDir, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${url('sitemap-index.xml')}\n`);
    expect(existsSync(builtFile(url('sitemap-index.xml'))!)).toBe(true);
  });
});

describe('rss.xml', () => {
  const feed = () => new Parser().parseString(readFileSync(join(outDir, 'rss.xml'), 'utf8'));

  it('has one item per story, newest first, with title, absolute link, date, dek and topics', async () => {
    const { items, link } = await feed();
    expect(link).toBe(url(''));
    expect(items.map((item) => item.title)).toEqual(stories.map((story) => story.title));
    stories.forEach((story, at) => {
      expect(items[at]).toMatchObject({
        link: url(`stories/${story.slug}/`),
        pubDate: new Date(`${story.published}T00:00:00Z`).toUTCString(),
        content: story.dek,
        categories: story.topics.map((topic) => TOPICS[topic as Topic].en),
      });
    });
  });

  it('has a Chinese twin, zh/rss.xml, with each story’s Chinese edition linked at /zh/', async () => {
    const { items, link } = await new Parser().parseString(readFileSync(join(outDir, 'zh/rss.xml'), 'utf8'));
    expect(link).toBe(url('zh/'));
    stories.forEach((story, at) => {
      expect(items[at]).toMatchObject({
        title: story.zh.title,
        link: url(`zh/stories/${story.slug}/`),
        content: story.zh.dek,
        categories: story.topics.map((topic) => TOPICS[topic as Topic].zh),
      });
    });
  });

  it("carries each story's full text with every step's image and the links to its sources, all absolute", async () => {
    const { items } = await feed();
    stories.forEach((story, at) => {
      const content: string = items[at]!['content:encoded'];
      expect(story.steps.length, `${story.slug} has steps`).toBeGreaterThan(0);
      for (const step of story.steps) {
        expect(content).toContain(
          `<img src="${url(`share/${story.slug}/${step}.png`)}" width="1200" height="630" alt="`,
        );
      }
      for (const source of story.sources) expect(content).toContain(`<a href="${url(`sources/${source}/`)}">`);
      const urls = [...content.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((match) => match[1]!);
      expect(
        urls.filter((link) => !/^(?:https?|mailto):/.test(link)),
        `${story.slug}: relative URLs`,
      ).toEqual([]);
      const missing = urls.filter((link) => builtFile(link) !== undefined && !existsSync(builtFile(link)!));
      expect(missing, `${story.slug}: URLs on the site with no built file`).toEqual([]);
    });
  });
});

describe('manifest.webmanifest', () => {
  it('starts at the base path and lists icons whose PNG files have the sizes it states', () => {
    const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.webmanifest'), 'utf8'));
    expect(manifest).toMatchObject({ start_url: BASE, scope: BASE });
    expect(manifest.icons.map((icon: { sizes: string }) => icon.sizes)).toEqual(['192x192', '512x512']);
    for (const icon of manifest.icons as { src: string; sizes: string }[]) {
      const [width, height] = icon.sizes.split('x').map(Number);
      expect(pngSize(readFileSync(builtFile(`${origin}${icon.src}`)!)), icon.src).toEqual({ width, height });
    }
  });

  it('ships the 180 px Apple touch icon Base.astro links to', () => {
    expect(pngSize(readFileSync(join(outDir, 'icons/icon-180.png')))).toEqual({ width: 180, height: 180 });
  });
});
