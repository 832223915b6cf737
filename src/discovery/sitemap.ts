import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { readTextFile } from '../lib/text-file';
import { EDITIONS, LANGS, pathEdition } from '../lib/editions';

/** A sitemap entry as @astrojs/sitemap hands it to `serialize`. */
export interface SitemapEntry {
  url: string;
  lastmod?: string | undefined;
}

/**
 * The path segments of `url` below the site's base URL and its edition's folder (/zh/stories/x/ and /stories/x/ are
 * both ['stories', 'x']), or undefined for a URL outside the site.
 */
function segmentsBelow(url: string, siteBase: URL): string[] | undefined {
  const page = new URL(url);
  const root = siteBase.pathname.endsWith('/') ? siteBase.pathname : `${siteBase.pathname}/`;
  if (page.origin !== siteBase.origin || !`${page.pathname}/`.startsWith(root)) return undefined;
  return pathEdition(page.pathname.slice(root.length - 1))
    .path.split('/')
    .filter(Boolean);
}

/**
 * Whether a built page belongs in the sitemap: every page of either edition but a story's step share pages,
 * /stories/<slug>/<step>/, and the not-found page.
 */
export function inSitemap(url: string, siteBase: URL): boolean {
  const segments = segmentsBelow(url, siteBase);
  // A step page carries a canonical link to its story; listing it too would split the story's search ranking.
  return segments !== undefined && !(segments[0] === 'stories' && segments.length > 2) && segments[0] !== '404';
}

/** Each story's last-modified date, `updated ?? published` (YYYY-MM-DD), by slug, read from the story files in `dir`. */
export function storyLastmods(dir: string): Map<string, string> {
  const dates = new Map<string, string>();
  const files = new Map<string, string>();
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()) {
    const path = relative(process.cwd(), join(dir, file));
    const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readTextFile(path))?.[1];
    // The stories collection reports bad frontmatter with its file and field; here such a story only gets no lastmod.
    const document = frontmatter === undefined ? undefined : parseDocument(frontmatter);
    const data: unknown = document && document.errors.length === 0 ? document.toJS() : undefined;
    if (typeof data !== 'object' || data === null) continue;
    const { slug, published, updated } = data as Record<string, unknown>;
    const date = [updated, published].find((value) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value));
    if (typeof slug !== 'string' || typeof date !== 'string') continue;
    if (files.has(slug))
      throw new Error(`${path}: slug "${slug}" is also the slug of ${files.get(slug)}; each story needs its own`);
    files.set(slug, path);
    dates.set(slug, date);
  }
  return dates;
}

/** The @astrojs/sitemap options: which pages to list, and each story page's lastmod from its story file in `storiesDir`. */
export function sitemapOptions(siteBase: URL, storiesDir: string) {
  const lastmods = storyLastmods(storiesDir);
  return {
    // Page lists with each page's other edition (xhtml:link hreflang); no news, image or video entries.
    namespaces: { news: false, xhtml: true, image: false, video: false },
    // Each page is listed with its counterpart in the other edition, found by the /zh/ folder.
    i18n: {
      defaultLocale: 'en',
      locales: Object.fromEntries(LANGS.map((lang) => [lang, EDITIONS[lang].html])),
    },
    filter: (page: string): boolean => inSitemap(page, siteBase),
    serialize<T extends SitemapEntry>(entry: T): T {
      const segments = segmentsBelow(entry.url, siteBase);
      const lastmod = segments?.length === 2 && segments[0] === 'stories' ? lastmods.get(segments[1]!) : undefined;
      return lastmod ? { ...entry, lastmod } : entry;
    },
  };
}
