import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

/**
 * The JavaScript a built page loads, in gzip bytes per file: its scripts (whether the page names them in a script's
 * src or in the data-module of the loader that imports them after the first paint), islands, renderers and their
 * static imports, and its inline scripts.
 */
export function pageScripts(dist: string, page: string): Map<string, number> {
  const html = readFileSync(join(dist, page), 'utf8');
  const weights = new Map<string, number>();
  const visit = (url: string) => {
    const file = join(dist, url);
    if (weights.has(url) || !existsSync(file)) return;
    const code = readFileSync(file);
    weights.set(url, gzipSync(code).length);
    for (const match of code.toString().matchAll(/(?:import|from)\s*["'](\.\/[^"']+\.js)["']/g))
      visit(join(dirname(url), match[1]!));
  };
  for (const match of html.matchAll(
    /(?:src|data-module|component-url|renderer-url|before-hydration-url)="(\/_astro\/[^"]+\.js)"/g,
  ))
    visit(match[1]!);
  // Only what runs: JSON-LD, in a <script> element too, is data for search engines and counts as the page's HTML.
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/\btype="(?!module")/.test(m[1]!))
    .map((m) => gzipSync(m[2]!).length);
  weights.set(
    '(inline scripts)',
    inline.reduce((a, b) => a + b, 0),
  );
  return weights;
}

/** The sum of a page's weights per file. */
const total = (weights: Map<string, number>) => [...weights.values()].reduce((a, b) => a + b, 0);

/** The total of pageScripts, in gzip bytes. */
export function pageScriptBytes(dist: string, page: string): number {
  return total(pageScripts(dist, page));
}

/** The CSS a built page loads, in gzip bytes per file: every stylesheet it links (no-script ones too) and its inline styles. */
export function pageStyles(dist: string, page: string): Map<string, number> {
  const tree = fromHtml(readFileSync(join(dist, page), 'utf8'));
  const weights = new Map<string, number>();
  for (const link of selectAll('link[rel~="stylesheet"][href]', tree)) {
    const url = String(link.properties.href);
    if (weights.has(url)) continue;
    const file = join(dist, url);
    if (!existsSync(file)) throw new Error(`${page} links the stylesheet ${url}, which is not in ${dist}`);
    weights.set(url, gzipSync(readFileSync(file)).length);
  }
  const inline = selectAll('style', tree).map((style) => gzipSync(toString(style)).length);
  weights.set(
    '(inline styles)',
    inline.reduce((a, b) => a + b, 0),
  );
  return weights;
}

/** The total of pageStyles, in gzip bytes. */
export function pageStyleBytes(dist: string, page: string): number {
  return total(pageStyles(dist, page));
}
