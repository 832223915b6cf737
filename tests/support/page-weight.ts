import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The JavaScript a built page loads, in gzip bytes per file: its scripts, islands, renderers and their static imports. */
export function pageScripts(dist: string, page: string): Map<string, number> {
  const html = readFileSync(join(dist, page), 'utf8');
  const weights = new Map<string, number>();
  const visit = (url: string) => {
    const file = join(dist, url);
    if (weights.has(url) || !existsSync(file)) return;
    const code = readFileSync(file);
    weights.set(url, gzipSync(code).length);
    for (const match of code.toString().matchAll(/(?:import|from)\s*["'](\.\/[^"']+\.js)["']/g)) visit(join(dirname(url), match[1]!));
  };
  for (const match of html.matchAll(/(?:src|component-url|renderer-url|before-hydration-url)="(\/_astro\/[^"]+\.js)"/g)) visit(match[1]!);
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => gzipSync(m[1]!).length);
  weights.set('(inline scripts)', inline.reduce((a, b) => a + b, 0));
  return weights;
}

/** The total of pageScripts, in gzip bytes. */
export function pageScriptBytes(dist: string, page: string): number {
  return [...pageScripts(dist, page).values()].reduce((a, b) => a + b, 0);
}
