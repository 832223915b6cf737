import { readerPages, type BuiltPage, type PageKind } from '../built-pages.ts';

export type { PageKind };

/** One page to measure: its kind, the address the benchmark opens, and its file in the build. */
export type BenchPage = BuiltPage;

/** The order pages are reported in, by kind. */
const ORDER: readonly PageKind[] = ['home', 'story', 'figures', 'sources', 'source', 'other', 'not-found'];

/**
 * The pages to measure among a built site's pages, by kind and then address: every page a reader reads, not the step
 * share pages (they only send readers on). The not-found page is opened as /404.html, served with status 200, since
 * Lighthouse refuses to audit a page whose status is 404.
 */
export function benchPages(pages: readonly BuiltPage[]): BenchPage[] {
  return pages
    .filter((page) => page.kind !== 'step-share')
    .map((page) => (page.kind === 'not-found' ? { ...page, path: `/${page.file}` } : page))
    .sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || a.path.localeCompare(b.path, 'en'));
}

/** The pages to measure in the site built at `dist`. */
export function discoverPages(dist: string): BenchPage[] {
  return benchPages(readerPages(dist));
}

/**
 * The pages a run measures: all of them when `wanted` is empty, else each page whose address is one of `wanted` or,
 * for a story, whose slug is (`pocket-parks` for `/stories/pocket-parks/`). A name that matches no page throws, with
 * the addresses there are.
 */
export function selectPages(pages: readonly BenchPage[], wanted: readonly string[]): BenchPage[] {
  if (wanted.length === 0) return [...pages];
  const names = (page: BenchPage) => [page.path, ...(page.kind === 'story' ? [page.path.split('/').at(-2)!] : [])];
  const unknown = wanted.filter((name) => !pages.some((page) => names(page).includes(name)));
  if (unknown.length > 0)
    throw new Error(
      `no page to measure is called ${unknown.join(', ')}; name a story's slug or any of:\n${pages.map((page) => page.path).join('\n')}`,
    );
  return pages.filter((page) => names(page).some((name) => wanted.includes(name)));
}
