/**
 * Every address the site builds, in one module. Paths are site-absolute ("/stories/x/") and English; `editionHref` puts
 * one in an edition (lib/editions.ts) and prefixes the deploy path for links in pages, and `absoluteUrl` adds the
 * origin for documents read off the site.
 */
import { editionPath, type Lang } from './editions';

/** The site's fixed pages and files, site-absolute. */
export const PATHS = {
  home: '/',
  figures: '/figures/',
  sources: '/sources/',
  figuresCsv: '/data/figures.csv',
  figuresJson: '/data/figures.json',
  /** The compact index the figure finder searches: every figure's labels, value and filters, no quotes. */
  figureIndex: '/data/figure-index.json',
  rss: '/rss.xml',
  favicon: '/favicon.svg',
  /** The sitemap index @astrojs/sitemap writes (its default file name base, `sitemap`). */
  sitemapIndex: '/sitemap-index.xml',
} as const;

/** Prefixes a site-absolute path with the configured base path, so links work under any deploy path. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}

/** A link to the page at English path `path` in edition `lang`, under the base path. */
export function editionHref(path: string, lang: Lang): string {
  return withBase(editionPath(path, lang));
}

/** The absolute URL of a site-absolute path on origin `site` under the base path, for documents read off the site. */
export function absoluteUrl(path: string, site: URL | string, base: string = import.meta.env.BASE_URL): string {
  return new URL(withBase(path, base), site).href;
}

/** Site-absolute path of a story's page. */
export function storyPath(slug: string): string {
  return `/stories/${slug}/`;
}

/** Site-absolute path of the figure index showing only the figures a story cites. */
export function storyFiguresPath(slug: string): string {
  return `${PATHS.figures}?story=${slug}`;
}

/** Site-absolute path of a story's share image: its hero chart with the title. */
export function storyImagePath(slug: string): string {
  return `/share/${slug}.png`;
}

/** Site-absolute path of a story's home-page thumbnail. */
export function storyThumbPath(slug: string): string {
  return `/share/thumbs/${slug}.png`;
}

/** Site-absolute path of a step's share image: its chart in that step's state. */
export function stepImagePath(slug: string, stepId: string): string {
  return `/share/${slug}/${stepId}.png`;
}

/** Site-absolute path of a step's share page, which carries the step's preview tags and opens the story at it. */
export function stepPagePath(slug: string, stepId: string): string {
  return `/stories/${slug}/${stepId}/`;
}

/** Site-absolute path of a source document's page, optionally at one of its passages. */
export function sourcePath(sourceId: string, anchor?: string): string {
  return `/sources/${sourceId}/${anchor ? `#${anchor}` : ''}`;
}

/** Site-absolute path of a source document's raw text, byte for byte. */
function sourceTextPath(sourceId: string): string {
  return `/sources/${sourceId}.txt`;
}

/** Site-absolute path of a map file named `name` (without its extension), which map charts show with <use>. */
export function mapFilePath(name: string): string {
  return `/maps/${name}.svg`;
}

/** Site-absolute path of a file of a story's live chart states named `name` (without its extension). */
export function chartStatesPath(name: string): string {
  return `/charts/${name}.json`;
}

/** Site-absolute path of the PNG icon of `size` px. */
export function iconPath(size: number): string {
  return `/icons/icon-${size}.png`;
}

/** Site-absolute path of the page listing every figure of one source document in full. */
export function figurePagePath(sourceId: string): string {
  return `${PATHS.figures}${sourceId}/`;
}

/** Site-absolute path of a figure's entry: on its source's figure page, at its id. */
export function figurePath(sourceId: string, id: string): string {
  return `${figurePagePath(sourceId)}#${id}`;
}

/** The page and anchor of a figure's entry, in edition `lang`. */
export function figureHref(sourceId: string, id: string, lang: Lang = 'en'): string {
  return editionHref(figurePath(sourceId, id), lang);
}

/** The page of a source document, optionally at one of its passages, in edition `lang`. */
export function sourceHref(sourceId: string, anchor?: string, lang: Lang = 'en'): string {
  return editionHref(sourcePath(sourceId, anchor), lang);
}

/** The raw text of a source document, byte for byte. */
export function sourceTextHref(sourceId: string): string {
  return withBase(sourceTextPath(sourceId));
}

/** A story page, in edition `lang`. */
export function storyHref(slug: string, lang: Lang = 'en'): string {
  return editionHref(storyPath(slug), lang);
}
