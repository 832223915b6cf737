import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pendingPath, removeSnapshots, staleSnapshots } from './file-snapshot';
import { scratchDirs } from './scratch-dirs';

const scratch = scratchDirs('file-snapshot');

/** A scratch folder holding empty files at the given paths, folders and all. */
function folderWith(paths: string[]): string {
  const dir = scratch();
  for (const path of paths) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), '');
  }
  return dir;
}

describe('pendingPath(path)', () => {
  it.each([
    ['/s/story/section/01-step.html', '/s/story/section/01-step.new.html'],
    ['/s/a.b/c.svg', '/s/a.b/c.new.svg'],
  ])('%s → %s', (path, expected) => {
    expect(pendingPath(path)).toBe(expected);
  });
});

describe('staleSnapshots(dir, expected)', () => {
  it('lists what is neither an expected snapshot nor its pending rendering', () => {
    const dir = folderWith(['a/01-x.html', 'a/01-x.new.html', 'a/02-gone.html', 'gone/s/01-y.new.html']);
    expect(staleSnapshots(dir, new Set([join(dir, 'a/01-x.html')]))).toEqual([
      join(dir, 'a/02-gone.html'),
      join(dir, 'gone/s/01-y.new.html'),
    ]);
  });

  it('finds nothing in a folder that is not there yet', () => {
    expect(staleSnapshots(join(scratch(), 'none'), new Set())).toEqual([]);
  });
});

describe('removeSnapshots(dir, paths)', () => {
  it('deletes the files and the folders they leave empty, but not the snapshot folder', () => {
    const dir = folderWith(['a/01-x.html', 'a/02-gone.html', 'gone/s/01-y.html']);
    removeSnapshots(dir, [join(dir, 'a/02-gone.html'), join(dir, 'gone/s/01-y.html')]);
    expect([existsSync(join(dir, 'a/01-x.html')), existsSync(join(dir, 'a/02-gone.html'))]).toEqual([true, false]);
    expect([existsSync(join(dir, 'gone')), existsSync(dir)]).toEqual([false, true]);
  });
});
