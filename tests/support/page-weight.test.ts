import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pageScripts } from './page-weight';
import { scratchDirs } from './scratch-dirs';

const gz = (text: string) => gzipSync(text).length;

describe('pageScripts(dist, page)', () => {
  const scratch = scratchDirs('page-weight');

  it('counts each script file (one a loader imports too) and what it imports once, and the inline scripts that run, but not JSON-LD', () => {
    const files = {
      entry: 'import{a}from"./shared.js";a()',
      later: 'document.title="y"',
      shared: 'export const a=()=>1',
      island: 'import{a}from"./shared.js";export default a',
    };
    const inline = ['(()=>{self.Astro={}})()', 'document.title="x"', 'import(document.currentScript.dataset.module)'];
    const dist = scratch();
    mkdirSync(join(dist, '_astro'));
    for (const [name, code] of Object.entries(files)) writeFileSync(join(dist, '_astro', `${name}.js`), code);
    writeFileSync(
      join(dist, 'index.html'),
      [
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"A long headline for search engines"}</script>',
        `<script>${inline[0]}</script>`,
        `<script type="module">${inline[1]}</script>`,
        '<script type="module" src="/_astro/entry.js"></script>',
        `<script data-module="/_astro/later.js">${inline[2]}</script>`,
        '<astro-island component-url="/_astro/island.js" renderer-url="/_astro/entry.js"></astro-island>',
      ].join('\n'),
    );
    expect(pageScripts(dist, 'index.html')).toEqual(
      new Map([
        ['/_astro/entry.js', gz(files.entry)],
        ['/_astro/shared.js', gz(files.shared)],
        ['/_astro/later.js', gz(files.later)],
        ['/_astro/island.js', gz(files.island)],
        ['(inline scripts)', gz(inline[0]!) + gz(inline[1]!) + gz(inline[2]!)],
      ]),
    );
  });
});
