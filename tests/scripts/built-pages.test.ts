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
];

describe('builtPages(dist)', () => {
  it('finds every HTML page, by file, address and kind, sorted by file', () => {
    expect(builtPages(site(FILES)).map((page) => [page.file, page.path, page.kind])).toEqual([
      ['404.html', MISSING_PATH, 'not-found'],
      ['extra/page/index.html', '/extra/page/', 'other'],
      ['figures/index.html', '/figures/', 'figures'],
      ['index.html', '/', 'home'],
      ['sources/doc/index.html', '/sources/doc/', 'source'],
      ['sources/index.html', '/sources/', 'sources'],
      ['stories/a/index.html', '/stories/a/', 'story'],
      ['stories/a/step-one/index.html', '/stories/a/step-one/', 'step-share'],
    ]);
  });

  it('finds none in a build with no pages', () => {
    expect(builtPages(site(['share/a.png']))).toEqual([]);
  });
});

describe('readerPages(dist)', () => {
  it('leaves out the step share pages, which only send readers on', () => {
    expect(readerPages(site(FILES)).map((page) => page.kind)).not.toContain('step-share');
    expect(readerPages(site(FILES))).toHaveLength(7);
  });
});

describe('statusOf(page)', () => {
  it.each([
    ['not-found', 404],
    ['home', 200],
    ['story', 200],
  ] as const)('%s → %i', (kind, status) => {
    expect(statusOf({ file: 'x.html', path: '/x/', kind })).toBe(status);
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
