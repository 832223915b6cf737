import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { describe, expect, it, vi } from 'vitest';
import { atomicBuild, buildFolders, moveIntoPlace, recover } from '../../src/config/atomic-build';
import { BUILD_MARKER, entriesOf, markerText } from '../../src/config/env';
import { scratchDirs } from '../support/scratch-dirs';

const scratch = scratchDirs('atomic-build');

/** Writes `files` (path → text) under `folder`, making folders as needed. */
function write(folder: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(folder, path, '..'), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
}

/** Every file under `folder` with its text, marker left out. */
function contents(folder: string): Record<string, string> {
  const files = entriesOf(folder).filter((entry) => entry !== BUILD_MARKER && statSync(join(folder, entry)).isFile());
  return Object.fromEntries(files.map((entry) => [entry, readFileSync(join(folder, entry), 'utf8')]));
}

/** A project root, an output folder in it holding a previous build of `files`, and the build folders beside it. */
function previousBuild(files: Record<string, string>) {
  const root = scratch();
  const outDir = join(root, 'dist');
  write(outDir, files);
  writeFileSync(join(outDir, BUILD_MARKER), markerText(entriesOf(outDir)));
  return { root, outDir, ...buildFolders(outDir) };
}

describe('buildFolders(outDir)', () => {
  it('puts the scratch folder and the old build beside the output folder, on its file system', () => {
    expect(buildFolders('/srv/www/site')).toEqual({
      scratch: '/srv/www/.site.building',
      aside: '/srv/www/.site.previous',
    });
  });
});

describe('moveIntoPlace(scratch, outDir, root)', () => {
  it('replaces a previous build with the new one, marked with every entry it holds, and leaves nothing beside it', () => {
    const { root, outDir, scratch: building, aside } = previousBuild({ 'index.html': 'old', 'old/page.html': 'old' });
    write(building, { 'index.html': 'new', 'share/a.png': 'png' });
    moveIntoPlace(building, outDir, root);
    expect(contents(outDir)).toEqual({ 'index.html': 'new', 'share/a.png': 'png' });
    expect(JSON.parse(readFileSync(join(outDir, BUILD_MARKER), 'utf8'))).toEqual({
      site: 'nmg-figures',
      entries: ['index.html', 'share', 'share/a.png'],
    });
    expect([existsSync(building), existsSync(aside)]).toEqual([false, false]);
  });

  it('makes an output folder that does not exist yet, with its parents', () => {
    const root = scratch();
    const outDir = join(root, 'web/site');
    const { scratch: building } = buildFolders(outDir);
    write(building, { 'index.html': 'new' });
    moveIntoPlace(building, outDir, root);
    expect(contents(outDir)).toEqual({ 'index.html': 'new' });
  });

  it('leaves the previous build as it was if files not of the build appeared in it meanwhile', () => {
    const { root, outDir, scratch: building } = previousBuild({ 'index.html': 'old' });
    write(outDir, { 'notes.txt': 'mine' });
    write(building, { 'index.html': 'new' });
    expect(() => moveIntoPlace(building, outDir, root)).toThrow(
      `atomic-build: the output folder ${outDir} is a previous build of this site, but holds files that build did not write (notes.txt)`,
    );
    expect(contents(outDir)).toEqual({ 'index.html': 'old', 'notes.txt': 'mine' });
  });
});

describe('recover(outDir, root)', () => {
  it('puts back a previous build that a crash left aside before the new one was in place', () => {
    const { root, outDir, aside, scratch: building } = previousBuild({ 'index.html': 'old' });
    write(building, { 'index.html': 'half' });
    renameSync(outDir, aside);
    recover(outDir, root);
    expect(contents(outDir)).toEqual({ 'index.html': 'old' });
    expect([existsSync(building), existsSync(aside)]).toEqual([false, false]);
  });

  it('removes an old build a crash left aside after the new one was in place', () => {
    const { root, outDir, aside } = previousBuild({ 'index.html': 'new' });
    write(aside, { 'index.html': 'old' });
    writeFileSync(join(aside, BUILD_MARKER), markerText(['index.html']));
    recover(outDir, root);
    expect([contents(outDir), existsSync(aside)]).toEqual([{ 'index.html': 'new' }, false]);
  });

  it('refuses to remove a folder aside that holds files no build wrote', () => {
    const { root, outDir, aside } = previousBuild({ 'index.html': 'new' });
    write(aside, { 'notes.txt': 'mine' });
    expect(() => recover(outDir, root)).toThrow(`the output folder ${aside} holds files (notes.txt)`);
    expect(contents(aside)).toEqual({ 'notes.txt': 'mine' });
  });
});

type Hooks = Required<AstroIntegration['hooks']>;

/** Runs the integration's config:setup hook for `command` on a project whose outDir is `outDir`. */
function setUp(command: 'build' | 'dev' | 'preview', root: string, outDir: string) {
  const integration = atomicBuild();
  const updateConfig = vi.fn();
  const folder = (path: string) => pathToFileURL(`${path}/`);
  const config = {
    root: folder(root),
    outDir: folder(outDir),
    build: { client: folder(join(outDir, 'client')), server: folder(join(outDir, 'server')) },
  };
  (integration.hooks['astro:config:setup'] as Hooks['astro:config:setup'])({
    command,
    config,
    updateConfig,
  } as unknown as Parameters<Hooks['astro:config:setup']>[0]);
  return { integration, updateConfig, folder };
}

describe('atomicBuild()', () => {
  it.each(['dev', 'preview'] as const)('leaves outDir alone for astro %s', (command) => {
    const { root, outDir, scratch: building } = previousBuild({ 'index.html': 'old' });
    const { updateConfig } = setUp(command, root, outDir);
    expect(updateConfig).not.toHaveBeenCalled();
    expect(existsSync(building)).toBe(false);
  });

  it('points outDir and build.client/server of astro build at the scratch folder, and writes nothing yet', () => {
    const root = scratch();
    const outDir = join(root, 'dist');
    const { scratch: building } = buildFolders(outDir);
    const { updateConfig, folder } = setUp('build', root, outDir);
    expect(updateConfig).toHaveBeenCalledWith({
      outDir: folder(building),
      build: { client: folder(join(building, 'client')), server: folder(join(building, 'server')) },
    });
    expect(entriesOf(root)).toEqual([]);
  });

  it('at build start recovers from a crashed build and leaves a fresh scratch folder', () => {
    const { root, outDir, scratch: building } = previousBuild({ 'index.html': 'old' });
    write(building, { 'stale.html': 'from a crashed build' });
    const { integration } = setUp('build', root, outDir);
    (integration.hooks['astro:build:start'] as Hooks['astro:build:start'])(
      {} as Parameters<Hooks['astro:build:start']>[0],
    );
    expect(entriesOf(building)).toEqual([]);
    expect(contents(outDir)).toEqual({ 'index.html': 'old' });
  });

  it('at build start refuses an output folder that gained files of its own since the config loaded', () => {
    const { root, outDir } = previousBuild({ 'index.html': 'old' });
    const { integration } = setUp('build', root, outDir);
    write(outDir, { CNAME: 'example.org' });
    expect(() =>
      (integration.hooks['astro:build:start'] as Hooks['astro:build:start'])(
        {} as Parameters<Hooks['astro:build:start']>[0],
      ),
    ).toThrow('holds files that build did not write (CNAME)');
  });

  it('refuses to run before another integration, whose build:done hook would write after the move', () => {
    const { root, outDir, scratch: building } = previousBuild({ 'index.html': 'old' });
    const { integration, folder } = setUp('build', root, outDir);
    const done = integration.hooks['astro:config:done'] as Hooks['astro:config:done'];
    const config = { outDir: folder(building), integrations: [integration, { name: '@astrojs/sitemap' }] };
    expect(() => done({ config } as unknown as Parameters<Hooks['astro:config:done']>[0])).toThrow(
      'atomic-build must be the last integration, so it runs after all others; @astrojs/sitemap comes after it',
    );
  });
});
