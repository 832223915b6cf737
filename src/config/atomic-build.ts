/**
 * Builds into a scratch folder beside the output folder and moves it into place only when the whole build succeeded,
 * so a build that fails anywhere (a page, a share image, the sitemap at the end) leaves the previous site as it was.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { BUILD_MARKER, entriesOf, markerText, outDirProblem } from './env';

const NAME = 'atomic-build';

/** The folders beside `outDir` a build uses: the scratch folder it writes into, and where the old build waits. */
export function buildFolders(outDir: string): { scratch: string; aside: string } {
  const beside = (suffix: string) => join(dirname(outDir), `.${basename(outDir)}.${suffix}`);
  return { scratch: beside('building'), aside: beside('previous') };
}

/** Throws if a build may not replace `outDir` (see outDirProblem), naming the folder and why. */
function assertReplaceable(outDir: string, root: string): void {
  const problem = outDirProblem(outDir, root);
  if (problem) throw new Error(`${NAME}: the output folder ${outDir} ${problem}`);
}

/**
 * Undoes what a build that crashed left beside `outDir`: puts back a previous build it had moved aside before the new
 * one was in place, removes one moved aside after, and removes its scratch folder.
 */
export function recover(outDir: string, root: string): void {
  const { scratch, aside } = buildFolders(outDir);
  if (existsSync(aside)) {
    if (!existsSync(outDir)) renameSync(aside, outDir);
    else {
      assertReplaceable(aside, root);
      rmSync(aside, { recursive: true });
    }
  }
  rmSync(scratch, { recursive: true, force: true });
}

/**
 * Marks the build in `scratch` as this site's, listing what it holds, and swaps it in for `outDir`: the old build is
 * moved aside, the new one renamed into place (one folder, one file system, so each rename is atomic), the old removed.
 */
export function moveIntoPlace(scratch: string, outDir: string, root: string): void {
  writeFileSync(join(scratch, BUILD_MARKER), markerText(entriesOf(scratch)));
  assertReplaceable(outDir, root);
  const { aside } = buildFolders(outDir);
  if (!existsSync(outDir)) {
    mkdirSync(dirname(outDir), { recursive: true });
    renameSync(scratch, outDir);
    return;
  }
  renameSync(outDir, aside);
  try {
    renameSync(scratch, outDir);
  } catch (error) {
    renameSync(aside, outDir);
    throw error;
  }
  rmSync(aside, { recursive: true });
}

/** The path of a folder URL, without its trailing slash. */
const folderPath = (url: URL) => fileURLToPath(url).replace(/[\\/]$/, '');

/** A folder URL with a trailing slash, as Astro's config holds them. */
const folderUrl = (path: string) => pathToFileURL(`${path}/`);

/**
 * The integration: for `astro build` only, points outDir at the scratch folder and, once every other integration
 * (the sitemap) has written, moves the build into place. `astro dev` and `astro preview` keep the real outDir. It must
 * be the last integration, so its build:done hook runs after all the others.
 */
export function atomicBuild(): AstroIntegration {
  let outDir: string | undefined;
  let scratch: string | undefined;
  let root = '';
  return {
    name: NAME,
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        outDir = folderPath(config.outDir);
        root = folderPath(config.root);
        scratch = buildFolders(outDir).scratch;
        // build.client and build.server hang off outDir; only a server build uses them, but none may point outside.
        const rebase = (url: URL) => folderUrl(join(scratch!, relative(outDir!, folderPath(url))));
        updateConfig({
          outDir: folderUrl(scratch),
          build: { client: rebase(config.build.client), server: rebase(config.build.server) },
        });
      },
      'astro:config:done': ({ config }) => {
        if (!scratch) return;
        const last = config.integrations.at(-1)?.name;
        if (last !== NAME)
          throw new Error(`${NAME} must be the last integration, so it runs after all others; ${last} comes after it`);
        if (folderPath(config.outDir) !== scratch)
          throw new Error(`${NAME}: another integration changed outDir to ${folderPath(config.outDir)}`);
      },
      // Tools that load the config as if building (knip through vitest.config.ts) stop before this hook, so they touch
      // nothing on disk.
      'astro:build:start': () => {
        if (!scratch || !outDir) return;
        recover(outDir, root);
        assertReplaceable(outDir, root);
        mkdirSync(scratch, { recursive: true });
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!scratch || !outDir) return;
        moveIntoPlace(folderPath(dir), outDir, root);
        logger.info(`moved the finished build into place at ${outDir}`);
      },
    },
  };
}
