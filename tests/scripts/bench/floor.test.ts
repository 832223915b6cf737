import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { floorHtml, floorPath, writeFloorCopies } from '../../../scripts/bench/floor.ts';
import { scratchDirs } from '../../support/scratch-dirs.ts';

const POLICY = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-x'">`;

/** A story page's shape: policy, JSON-LD, styles, inline and module scripts, a live chart, a no-script stylesheet. */
const PAGE = [
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>T</title>',
  '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
  '<noscript><link rel="stylesheet" href="/styles/no-script.css"></noscript>',
  POLICY,
  '<link rel="modulepreload" href="/_astro/story.js">',
  '<link rel="stylesheet" href="/_astro/page.css?v=1">',
  '<style>body{margin:0}</style></head>',
  '<body><script>(()=>{self.Astro={}})();</script>',
  '<article data-states="320 /charts/a.json"><section data-scrolly><figure data-live-chart>chart</figure></section></article>',
  '<script type="module" src="/_astro/Scrolly.js"></script>',
  '<p>Text with <code>&lt;script&gt;</code> in it.</p></body></html>',
].join('\n');

const noCss = () => '';
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('floorHtml(html, stylesheet)', () => {
  it('removes every script, inline or not, and every module preload', () => {
    const floor = floorHtml(PAGE, noCss);
    expect(floor).not.toMatch(/<script(?! type="application\/ld\+json")/);
    expect(floor).not.toContain('modulepreload');
  });

  it('keeps the JSON-LD, which is data, and the page’s text as it was', () => {
    const floor = floorHtml(PAGE, noCss);
    expect(floor).toContain('<script type="application/ld+json">{"@type":"NewsArticle"}</script>');
    expect(floor).toContain('<p>Text with <code>&lt;script&gt;</code> in it.</p>');
    expect(floor).toContain(
      '<article data-states="320 /charts/a.json"><section data-scrolly><figure data-live-chart>chart</figure></section></article>',
    );
  });

  it('inlines each stylesheet with what it holds, leaving the one inside <noscript>, which a browser with scripts does not read', () => {
    const asked: string[] = [];
    const floor = floorHtml(PAGE, (href) => {
      asked.push(href);
      return 'p{color:red}';
    });
    expect(asked).toEqual(['/_astro/page.css?v=1']);
    expect(floor).toContain('<style>p{color:red}</style>\n<style>body{margin:0}</style>');
    expect(floor).toContain('<noscript><link rel="stylesheet" href="/styles/no-script.css"></noscript>');
  });

  it.each([
    [
      'adds each inlined style’s hash to its style-src',
      `default-src 'self'; style-src 'self' 'sha256-a'`,
      `default-src 'self'; style-src 'self' 'sha256-a' ${sha256('p{color:red}')}`,
    ],
    [
      'gives a policy without a style-src one of its default-src’s sources and the hash',
      `default-src 'self' data:; img-src 'self'`,
      `default-src 'self' data:; img-src 'self'; style-src 'self' data: ${sha256('p{color:red}')}`,
    ],
  ])('keeps the policy, which the browser applies as the page loads, and %s', (_, policy, expected) => {
    const page = `<head><meta http-equiv="content-security-policy" content="${policy}"><link rel="stylesheet" href="/a.css"></head>`;
    expect(floorHtml(page, () => 'p{color:red}')).toBe(
      `<head><meta http-equiv="content-security-policy" content="${expected}"><style>p{color:red}</style></head>`,
    );
  });

  it('changes nothing else, byte for byte', () => {
    const removed = [
      '<script>(()=>{self.Astro={}})();</script>',
      '<script type="module" src="/_astro/Scrolly.js"></script>',
      '<link rel="modulepreload" href="/_astro/story.js">',
    ];
    expect(floorHtml(PAGE, noCss)).toBe(
      removed
        .reduce((html, tag) => html.replace(tag, ''), PAGE)
        .replace(
          POLICY,
          POLICY.replace(
            `script-src 'self' 'sha256-x'`,
            `script-src 'self' 'sha256-x'; style-src 'self' ${sha256('')}`,
          ),
        )
        .replace('<link rel="stylesheet" href="/_astro/page.css?v=1">', '<style></style>'),
    );
  });

  it('leaves the policy of a page with no stylesheet to inline as it was', () => {
    const page = `<head>${POLICY}<style>p{}</style></head><body><script>go()</script></body>`;
    expect(floorHtml(page, noCss)).toBe(`<head>${POLICY}<style>p{}</style></head><body></body>`);
  });

  it('leaves a page with nothing to remove as it is', () => {
    const plain = '<!doctype html><html><head><title>T</title></head><body><p>Hi</p></body></html>';
    expect(floorHtml(plain, noCss)).toBe(plain);
  });
});

describe('floorPath(path)', () => {
  it('serves a page’s floor at the same address in its own folder', () => {
    expect(floorPath('/stories/pocket-parks/')).toBe('/bench-floor/stories/pocket-parks/');
  });
});

describe('writeFloorCopies(outDir, pages)', () => {
  const scratch = scratchDirs('bench-floor');

  it('writes each page’s floor where floorPath serves it, with the build’s stylesheets inlined', () => {
    const dir = scratch({ 'page.css': 'h1{margin:0}' });
    const page = { kind: 'story' as const, path: '/stories/a/', file: 'stories/a/index.html', lang: 'en' as const };
    const html = '<html><head><link rel="stylesheet" href="/page.css"></head><body><script>x()</script></body></html>';
    mkdirSync(join(dir, 'stories/a'), { recursive: true });
    writeFileSync(join(dir, page.file), html);
    writeFloorCopies(dir, [page]);
    expect(readFileSync(join(dir, `${floorPath(page.path)}index.html`), 'utf8')).toBe(
      '<html><head><style>h1{margin:0}</style></head><body></body></html>',
    );
  });
});
