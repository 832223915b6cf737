import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchPages, discoverPages, selectPages } from '../../../scripts/bench/pages.ts';
import type { BuiltPage } from '../../../scripts/built-pages.ts';
import { scratchDirs } from '../../support/scratch-dirs.ts';

/** The HTML files of a small built site, as the build lays them out, step share pages among them. */
const SITE = [
  '404.html',
  'index.html',
  'figures/index.html',
  'sources/index.html',
  'sources/nmg-work-report-2024/index.html',
  'sources/hohhot-daily-2023-07/index.html',
  'stories/pocket-parks/index.html',
  'stories/pocket-parks/parks-built/index.html',
  'stories/energy-corridors/index.html',
  'stories/energy-corridors/sent-out/index.html',
];

const EXPECTED: BuiltPage[] = [
  { kind: 'home', path: '/', file: 'index.html', lang: 'en' },
  { kind: 'story', path: '/stories/energy-corridors/', file: 'stories/energy-corridors/index.html', lang: 'en' },
  { kind: 'story', path: '/stories/pocket-parks/', file: 'stories/pocket-parks/index.html', lang: 'en' },
  { kind: 'figures', path: '/figures/', file: 'figures/index.html', lang: 'en' },
  { kind: 'sources', path: '/sources/', file: 'sources/index.html', lang: 'en' },
  {
    kind: 'source',
    path: '/sources/hohhot-daily-2023-07/',
    file: 'sources/hohhot-daily-2023-07/index.html',
    lang: 'en',
  },
  {
    kind: 'source',
    path: '/sources/nmg-work-report-2024/',
    file: 'sources/nmg-work-report-2024/index.html',
    lang: 'en',
  },
  { kind: 'not-found', path: '/404.html', file: '404.html', lang: 'en' },
];

describe('benchPages(pages)', () => {
  it('orders pages by kind, then address, with a page of a kind it does not know before the not-found page', () => {
    const pages: BuiltPage[] = [
      { kind: 'not-found', path: '/no-such-page/', file: '404.html', lang: 'en' },
      { kind: 'other', path: '/topics/', file: 'topics/index.html', lang: 'en' },
      { kind: 'story', path: '/stories/b/', file: 'stories/b/index.html', lang: 'en' },
      { kind: 'home', path: '/', file: 'index.html', lang: 'en' },
      { kind: 'story', path: '/stories/a/', file: 'stories/a/index.html', lang: 'en' },
    ];
    expect(benchPages(pages).map((page) => page.path)).toEqual([
      '/',
      '/stories/a/',
      '/stories/b/',
      '/topics/',
      '/404.html',
    ]);
  });

  it('leaves out step share pages, which only send readers on', () => {
    expect(
      benchPages([{ kind: 'step-share', path: '/stories/a/one/', file: 'stories/a/one/index.html', lang: 'en' }]),
    ).toEqual([]);
  });

  it('opens the not-found page as its file, which the server answers with 200, not at a missing address', () => {
    expect(benchPages([{ kind: 'not-found', path: '/no-such-page/', file: '404.html', lang: 'en' }])).toEqual([
      { kind: 'not-found', path: '/404.html', file: '404.html', lang: 'en' },
    ]);
  });

  it('finds nothing in an empty site', () => {
    expect(benchPages([])).toEqual([]);
  });
});

describe('discoverPages(dist)', () => {
  const scratch = scratchDirs('bench-dist');

  it('finds the pages to measure in a built site on disk, skipping step share pages and files that are not HTML', () => {
    const dist = scratch();
    for (const file of [...SITE, 'rss.xml', '_astro/client.js', 'share/pocket-parks.png']) {
      mkdirSync(dirname(join(dist, file)), { recursive: true });
      writeFileSync(join(dist, file), '<!doctype html>');
    }
    expect(discoverPages(dist)).toEqual(EXPECTED);
  });
});

describe('selectPages(pages, wanted)', () => {
  it('keeps every page when none is named', () => {
    expect(selectPages(EXPECTED, [])).toEqual(EXPECTED);
  });

  it('keeps the pages named by a story slug or by address, in their order', () => {
    expect(selectPages(EXPECTED, ['/figures/', 'pocket-parks']).map((page) => page.path)).toEqual([
      '/stories/pocket-parks/',
      '/figures/',
    ]);
  });

  it('takes a slug for stories only', () => {
    expect(() => selectPages(EXPECTED, ['figures'])).toThrow(/no page to measure is called figures;/);
  });

  it('names every name that matches nothing, and lists the addresses there are', () => {
    expect(() => selectPages(EXPECTED, ['pocket-parks', 'parks', '/nope/'])).toThrow(
      /called parks, \/nope\/; name a story's slug or any of:\n\/\n\/stories\/energy-corridors\//,
    );
  });
});
