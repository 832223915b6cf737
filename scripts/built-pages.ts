import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { pathEdition, type Lang } from '../src/lib/editions.ts';

/** The built site's folder: OUT_DIR when the build was sent elsewhere (astro.config.mjs reads the same), else dist/. */
export const DIST = process.env.OUT_DIR ?? 'dist';

/** What a built page is, by its address. */
export type PageKind = 'home' | 'story' | 'step-share' | 'figures' | 'sources' | 'source' | 'not-found' | 'other';

/** One HTML page of the built site. */
export interface BuiltPage {
  /** The file, relative to the site's folder and with forward slashes: `stories/pocket-parks/index.html`. */
  file: string;
  /** The address a reader opens it at: `/stories/pocket-parks/`; for the not-found page, an address that does not exist. */
  path: string;
  kind: PageKind;
  /** The page's edition. */
  lang: Lang;
}

/** An address no page answers, where the host serves 404.html (zh/404.html under /zh/). */
export const MISSING_PATH = '/no-such-page/';

/** The kind of page a built file's address serves, in either edition. */
function kindOf(path: string): PageKind {
  const parts = pathEdition(path).path.split('/').filter(Boolean);
  if (parts.length === 0) return 'home';
  const [section, ...rest] = parts;
  if (section === 'stories' && rest.length === 1) return 'story';
  if (section === 'stories' && rest.length === 2) return 'step-share';
  if (section === 'figures' && rest.length <= 1) return 'figures';
  if (section === 'sources' && rest.length === 0) return 'sources';
  if (section === 'sources' && rest.length === 1) return 'source';
  return 'other';
}

/** Every HTML page in the built site `dist`, sorted by file name. */
export function builtPages(dist = DIST): BuiltPage[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(sep).join('/'))
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file): BuiltPage => {
      const { lang, path: english } = pathEdition(`/${file}`);
      // `astro preview` serves only the root's 404.html at a missing address, so the Chinese one is opened by its name.
      if (english === '/404.html')
        return { file, path: lang === 'en' ? MISSING_PATH : `/${file}`, kind: 'not-found', lang };
      const path = `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
      return { file, path, kind: kindOf(path), lang };
    });
}

/** The HTTP status a reader gets at a page's address: 404 at a missing address, 200 at every page's own. */
export function statusOf(page: BuiltPage): number {
  return page.path === MISSING_PATH ? 404 : 200;
}

/** The pages a reader reads: every built page but the step share pages, which only send readers on to their story. */
export function readerPages(dist = DIST): BuiltPage[] {
  return builtPages(dist).filter((page) => page.kind !== 'step-share');
}

/** The text of a built page. */
export function builtHtml(page: BuiltPage, dist = DIST): string {
  return readFileSync(join(dist, page.file), 'utf8');
}
