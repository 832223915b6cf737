import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AFTER_PAINT_HASH,
  AFTER_PAINT_LOADER,
  afterPaintScripts,
  deferBuiltScripts,
} from '../../src/config/after-paint-scripts';
import { scratchDirs } from '../support/scratch-dirs';

const scratch = scratchDirs('after-paint-scripts');
const loader = (src: string) => `<script data-module="${src}">${AFTER_PAINT_LOADER}</script>`;
/** A story page's scroll section, which marks the pages the loader is for. */
const SECTION = '<section class="scrolly" data-scrolly id="s">';

describe('afterPaintScripts(html)', () => {
  it.each([
    [
      'a bundled module script',
      '<p>x</p><script type="module" src="/_astro/a.js"></script>',
      `<p>x</p>${loader('/_astro/a.js')}`,
    ],
    ['one under a base path', '<script type="module" src="/base/_astro/a.js"></script>', loader('/base/_astro/a.js')],
    [
      'each of two',
      '<script type="module" src="/_astro/a.js"></script><script type="module" src="/_astro/b.js"></script>',
      loader('/_astro/a.js') + loader('/_astro/b.js'),
    ],
    [
      'an inline module, which fetches nothing',
      '<script type="module">go()</script>',
      '<script type="module">go()</script>',
    ],
    ['an inline classic script', '<script>go()</script>', '<script>go()</script>'],
    ['JSON-LD', '<script type="application/ld+json">{}</script>', '<script type="application/ld+json">{}</script>'],
    ['a page with no script', '<p>x</p>', '<p>x</p>'],
  ])('%s', (_, html, expected) => {
    expect(afterPaintScripts(SECTION + html)).toBe(SECTION + expected);
  });

  it('leaves a page without scroll sections as it is: a form its script drives must be live when it is', () => {
    const page = '<form id="figure-filters"></form><script type="module" src="/_astro/finder.js"></script>';
    expect(afterPaintScripts(page)).toBe(page);
  });

  it('writes the loader the policy’s hash allows', () => {
    const html = afterPaintScripts(`${SECTION}<script type="module" src="/_astro/a.js"></script>`);
    const inPage = html.slice(html.indexOf('">', html.indexOf('data-module')) + 2, html.lastIndexOf('</script>'));
    expect(`sha256-${createHash('sha256').update(inPage).digest('base64')}`).toBe(AFTER_PAINT_HASH);
  });
});

describe('deferBuiltScripts(dir)', () => {
  it('rewrites every built story page, in folders too, and counts them', () => {
    const dir = scratch();
    mkdirSync(join(dir, 'zh/stories'), { recursive: true });
    const story = `${SECTION}<script type="module" src="/_astro/s.js"></script>`;
    writeFileSync(join(dir, 'index.html'), '<p>home</p>');
    writeFileSync(join(dir, 'zh/stories/index.html'), story);
    writeFileSync(join(dir, 'rss.xml'), story);
    expect(deferBuiltScripts(dir)).toBe(1);
    expect(readFileSync(join(dir, 'zh/stories/index.html'), 'utf8')).toBe(SECTION + loader('/_astro/s.js'));
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toBe('<p>home</p>');
    expect(readFileSync(join(dir, 'rss.xml'), 'utf8')).toBe(story);
  });
});
