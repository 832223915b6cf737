import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { moveNotFoundPages } from '../../src/config/not-found-pages';
import { scratchDirs } from '../support/scratch-dirs';

const scratch = scratchDirs('not-found-pages');

describe('moveNotFoundPages(dir)', () => {
  it('moves the Chinese edition’s not-found page to zh/404.html, where hosts look for it, and leaves the root’s', () => {
    const dir = scratch();
    mkdirSync(join(dir, 'zh/404'), { recursive: true });
    writeFileSync(join(dir, '404.html'), 'root');
    writeFileSync(join(dir, 'zh/404/index.html'), '中文');
    expect(moveNotFoundPages(dir)).toEqual([join(dir, 'zh/404.html')]);
    expect(readFileSync(join(dir, 'zh/404.html'), 'utf8')).toBe('中文');
    expect(existsSync(join(dir, 'zh/404'))).toBe(false);
    expect(readFileSync(join(dir, '404.html'), 'utf8')).toBe('root');
  });

  it('names the page it cannot find', () => {
    expect(() => moveNotFoundPages(scratch())).toThrow(/the build has no .*zh\/404\/index\.html to move/);
  });
});
