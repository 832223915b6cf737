import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** What a build reads from the project root. */
const BUILD_INPUTS = [
  'astro.config.mjs',
  'svelte.config.js',
  'tsconfig.json',
  'package.json',
  'src',
  'data',
  'stories',
  'public',
];

/**
 * A scratch copy of the project's build inputs, for tests that run `astro sync` or `astro build` without touching the
 * checkout; returns its folder, which the caller removes.
 */
export function scratchProject(prefix: string, root: string = process.cwd()): string {
  const project = mkdtempSync(join(tmpdir(), `${prefix}-`));
  for (const entry of BUILD_INPUTS) cpSync(join(root, entry), join(project, entry), { recursive: true });
  // The project's own config, with a cache of its own: Astro caches content in node_modules/.astro, which is shared here.
  cpSync(join(root, 'astro.config.mjs'), join(project, 'astro.base.mjs'));
  writeFileSync(
    join(project, 'astro.config.mjs'),
    "import base from './astro.base.mjs';\nexport default { ...base, cacheDir: './.cache' };\n",
  );
  symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'));
  return project;
}

/** Runs an astro command (`sync`, `build`) in `project` with extra environment variables; returns its exit code and output. */
export function runAstro(
  project: string,
  command: string,
  env: Record<string, string> = {},
  root: string = process.cwd(),
) {
  // Vitest sets Vite's BASE_URL, MODE and friends in process.env; Astro would take them over its own config.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/.test(name)),
  );
  const run = spawnSync(process.execPath, [resolve(root, 'node_modules/astro/bin/astro.mjs'), command], {
    cwd: project,
    encoding: 'utf8',
    env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
  });
  return { status: run.status, output: run.stdout + run.stderr };
}
