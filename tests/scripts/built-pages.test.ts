import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MISSING_PATH, builtHtml, builtPages, readerPages, statusOf } from '../../scripts/built-pages';
import { scratchDirs } from '../support/scratch-dirs';

const scratch = scratchDirs('built-pages');

/** A fake built site holding these files, each with its own name as its text. */
function site(files: string[]): string {
  const dir = scratch();
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), file);
  }
  return dir;
}

const FILES = [
  'index.html',
  '404.html',
  'stories/a/index.html',
  'stories/a/step-one/index.html',
  'figures/index.html',
  'sources/index.html',
  'sources/doc/index.html',
  'sources/doc.txt',
  'share/a.png',
  'rss.xml',
  'extra/page/index.html',
  'zh/index.html',
  'zh/404.html',
  'zh/stories/a/index.html',
  'zh/stories/a/step-one/index.html',
];

describe('builtPages(dist)', () => {
  it('finds every HTML page, by file, address and kind, sorted by file', () => {
    expect(builtPages(site(FILES)).map((page) => [page.file, page.path, page.kind, page.lang])).toEqual([
      ['404.html', MISSING_PATH, 'not-found', 'en'],
      ['extra/page/index.html', '/extra/page/', 'other', 'en'],
      ['figures/index.html', '/figures/', 'figures', 'en'],
      ['index.html', '/', 'home', 'en'],
      ['sources/doc/index.html', '/sources/doc/', 'source', 'en'],
      ['sources/index.html', '/sources/', 'sources', 'en'],
      ['stories/a/index.html', '/stories/a/', 'story', 'en'],
      ['stories/a/step-one/index.html', '/stories/a/step-one/', 'step-share', 'en'],
      // The Chinese edition's not-found page is opened by its name: a local preview serves only the root's.
      ['zh/404.html', '/zh/404.html', 'not-found', 'zh'],
      ['zh/index.html', '/zh/', 'home', 'zh'],
      ['zh/stories/a/index.html', '/zh/stories/a/', 'story', 'zh'],
      ['zh/stories/a/step-one/index.html', '/zh/stories/a/step-one/', 'step-share', 'zh'],
    ]);
  });

  it('finds none in a build with no pages', () => {
    expect(builtPages(site(['share/a.png']))).toEqual([]);
  });
});

describe('readerPages(dist)', () => {
  it('leaves out the step share pages, which only send readers on', () => {
    expect(readerPages(site(FILES)).map((page) => page.kind)).not.toContain('step-share');
    expect(readerPages(site(FILES))).toHaveLength(10);
  });
});

describe('statusOf(page)', () => {
  it.each([
    ['/no-such-page/', 'not-found', 404],
    ['/zh/404.html', 'not-found', 200],
    ['/', 'home', 200],
    ['/stories/x/', 'story', 200],
  ] as const)('%s (%s) → %i', (path, kind, status) => {
    expect(statusOf({ file: 'x.html', path, kind, lang: 'en' })).toBe(status);
  });
});

describe('builtHtml(page, dist)', () => {
  it('reads the page’s file', () => {
    const dir = site(FILES);
    expect(
      builtHtml(
        builtPages(dir).find((page) => page.kind === 'story')!,
        dir,
      ),
    ).toBe('stories/a/index.html');
  });
});
