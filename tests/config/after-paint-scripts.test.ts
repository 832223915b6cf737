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
    expect(afterPaintScripts(html)).toBe(expected);
  });

  it('writes the loader the policy’s hash allows', () => {
    const inPage = afterPaintScripts('<script type="module" src="/_astro/a.js"></script>').match(
      />(.*)<\/script>/,
    )![1]!;
    expect(`sha256-${createHash('sha256').update(inPage).digest('base64')}`).toBe(AFTER_PAINT_HASH);
  });
});

describe('deferBuiltScripts(dir)', () => {
  it('rewrites every built page with a bundled script, in folders too, and counts them', () => {
    const dir = scratch();
    mkdirSync(join(dir, 'zh/stories'), { recursive: true });
    const story = '<script type="module" src="/_astro/s.js"></script>';
    writeFileSync(join(dir, 'index.html'), '<p>home</p>');
    writeFileSync(join(dir, 'zh/stories/index.html'), story);
    writeFileSync(join(dir, 'rss.xml'), story);
    expect(deferBuiltScripts(dir)).toBe(1);
    expect(readFileSync(join(dir, 'zh/stories/index.html'), 'utf8')).toBe(loader('/_astro/s.js'));
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toBe('<p>home</p>');
    expect(readFileSync(join(dir, 'rss.xml'), 'utf8')).toBe(story);
  });
});
