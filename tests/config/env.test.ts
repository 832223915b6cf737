import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { basePath, BUILD_MARKER, markerText, outDir, readBuildEnv, siteOrigin } from '../../src/config/env';
import { scratchDirs } from '../support/scratch-dirs';

const scratch = scratchDirs('env');

describe('siteOrigin(value)', () => {
  it.each([
    ['https://example.org', 'https://example.org'],
    ['https://example.org/', 'https://example.org'],
    ['http://127.0.0.1:4321', 'http://127.0.0.1:4321'],
    ['HTTPS://Example.ORG', 'https://example.org'],
  ])('takes %j as the origin %j', (value, origin) => {
    expect(siteOrigin(value)).toBe(origin);
  });

  it.each([
    ['example.org', 'SITE_ORIGIN="example.org": is not an absolute URL; write the site\'s origin, for example'],
    ['ftp://example.org', 'SITE_ORIGIN="ftp://example.org": must start with https:// or http://'],
    ['https://me:pw@example.org', 'must not hold a user name or password; write https://example.org'],
    ['https://example.org/?a=1', 'must not hold a query or fragment; write SITE_ORIGIN=https://example.org'],
    ['https://example.org#top', 'must not hold a query or fragment'],
    [
      'https://example.org/docs',
      'SITE_ORIGIN="https://example.org/docs": holds a path (/docs), and the site\'s path comes from BASE_PATH alone; write SITE_ORIGIN=https://example.org BASE_PATH=/docs/',
    ],
    ['https://example.org/docs/', 'write SITE_ORIGIN=https://example.org BASE_PATH=/docs/'],
  ])('refuses %j', (value, message) => {
    expect(() => siteOrigin(value)).toThrow(message);
  });
});

describe('basePath(value)', () => {
  it.each(['/', '/inner-mongolia/', '/a/b.c/~d_e/'])('takes %j', (value) => {
    expect(basePath(value)).toBe(value);
  });

  it.each([
    ['docs/', 'BASE_PATH="docs/": must start and end with "/", for example BASE_PATH=/inner-mongolia/'],
    ['/docs', 'BASE_PATH="/docs": must start and end with "/"'],
    ['//', 'BASE_PATH="//": has an empty, "." or ".." segment'],
    ['/a//b/', 'has an empty, "." or ".." segment'],
    ['/a/../b/', 'has an empty, "." or ".." segment'],
    ['/my docs/', 'BASE_PATH="/my docs/": may hold only letters, digits, "-", ".", "_" and "~" between slashes'],
    ['/a?b/', 'may hold only letters, digits'],
  ])('refuses %j', (value, message) => {
    expect(() => basePath(value)).toThrow(message);
  });
});

/** A scratch project root with the project's own folders, a README, and an old build of this site in built/. */
function project(): string {
  const root = scratch();
  for (const folder of ['src', 'stories', 'data', 'public', 'tests', 'scripts', 'node_modules', '.git'])
    mkdirSync(join(root, folder));
  writeFileSync(join(root, 'README.md'), 'x');
  mkdirSync(join(root, 'built/pages'), { recursive: true });
  writeFileSync(join(root, 'built/pages/index.html'), 'x');
  writeFileSync(join(root, 'built', BUILD_MARKER), markerText(['pages', 'pages/index.html']));
  mkdirSync(join(root, 'empty'));
  return root;
}

describe('outDir(value, root)', () => {
  it.each([
    ['./dist', 'dist'],
    ['new/deep/folder', 'new/deep/folder'],
    ['empty', 'empty'],
    ['built', 'built'],
    ['built/', 'built'],
  ])('takes %j, a new or empty folder or a previous build, as <root>/%s', (value, folder) => {
    const root = project();
    expect(outDir(value, root)).toBe(join(root, folder));
  });

  it.each([
    ['.', 'OUT_DIR=".": is the project\'s own folder or holds it'],
    ['..', 'OUT_DIR="..": is the project\'s own folder or holds it'],
    ['/', "is the project's own folder or holds it"],
    ['stories', 'OUT_DIR="stories": is the project\'s own stories/ or inside it, which a build must never replace'],
    ['src/pages', "is the project's own src/ or inside it"],
    ['data/new', "is the project's own data/ or inside it"],
    ['public', "is the project's own public/ or inside it"],
    ['tests', "is the project's own tests/ or inside it"],
    ['scripts', "is the project's own scripts/ or inside it"],
    ['node_modules/.cache/site', "is the project's own node_modules/ or inside it"],
    ['.git', "is the project's own .git/ or inside it"],
    ['README.md', 'OUT_DIR="README.md": is a file, not a folder'],
  ])('refuses %j', (value, message) => {
    expect(() => outDir(value, project())).toThrow(message);
  });

  it('refuses a folder holding .git, naming what it holds', () => {
    const root = project();
    mkdirSync(join(root, 'site/.git'), { recursive: true });
    writeFileSync(join(root, 'site/.git/HEAD'), 'ref: refs/heads/gh-pages\n');
    expect(() => outDir('site', root)).toThrow(
      `OUT_DIR="site": holds files (.git) and is not a previous build of this site (it has no ${BUILD_MARKER}); name a new or empty folder, or delete this one yourself if it is an old build`,
    );
  });

  it('refuses a previous build with files that build did not write, naming them', () => {
    const root = project();
    mkdirSync(join(root, 'built/.git'));
    writeFileSync(join(root, 'built/notes.txt'), 'mine');
    expect(() => outDir('built', root)).toThrow(
      'OUT_DIR="built": is a previous build of this site, but holds files that build did not write (.git, notes.txt); move them out',
    );
  });

  it.each([
    ['another site’s marker', '{"site":"other","entries":[]}'],
    ['a marker that is not JSON', 'built by nmg-figures'],
  ])('refuses a folder with %s', (_case, text) => {
    const root = project();
    writeFileSync(join(root, 'built', BUILD_MARKER), text);
    expect(() => outDir('built', root)).toThrow('is not a previous build of this site');
  });

  it('refuses a symbolic link that points into the sources', () => {
    const root = project();
    symlinkSync(join(root, 'stories'), join(root, 'link'));
    expect(() => outDir('link/site', root)).toThrow("is the project's own stories/ or inside it");
  });
});

describe('readBuildEnv(env, root)', () => {
  it('gives the defaults when nothing is set', () => {
    const root = project();
    expect(readBuildEnv({}, root)).toEqual({
      site: 'http://localhost:4321',
      base: '/',
      outDir: join(root, 'dist'),
    });
  });

  it.each([
    [
      'SITE_ORIGIN',
      'https://example.org ',
      'SITE_ORIGIN="https://example.org ": has white space at its start or end; write SITE_ORIGIN=https://example.org',
    ],
    ['BASE_PATH', ' /docs/', 'BASE_PATH=" /docs/": has white space at its start or end; write BASE_PATH=/docs/'],
    ['OUT_DIR', 'dist\n', 'OUT_DIR="dist\\n": has white space at its start or end; write OUT_DIR=dist'],
    [
      'SITE_ORIGIN',
      '',
      'SITE_ORIGIN="": is set but empty; unset it for the default http://localhost:4321, or give a value',
    ],
    ['BASE_PATH', ' ', 'BASE_PATH=" ": is set but empty; unset it for the default /'],
    ['OUT_DIR', '', 'OUT_DIR="": is set but empty; unset it for the default ./dist'],
  ])('refuses %s=%j', (name, value, message) => {
    expect(() => readBuildEnv({ [name]: value }, project())).toThrow(message);
  });
});
