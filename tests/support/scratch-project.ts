import { spawn, spawnSync } from 'node:child_process';
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

/** The command line and options that run `astro <command>` in `project` with extra environment variables. */
function astroCommand(project: string, command: string, env: Record<string, string>, root: string) {
  // Vitest sets Vite's BASE_URL, MODE and friends in process.env; Astro would take them over its own config.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/.test(name)),
  );
  return {
    file: process.execPath,
    args: [resolve(root, 'node_modules/astro/bin/astro.mjs'), command],
    options: {
      cwd: project,
      env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    },
  };
}

/** Runs an astro command (`sync`, `build`) in `project` with extra environment variables; returns its exit code and output. */
export function runAstro(
  project: string,
  command: string,
  env: Record<string, string> = {},
  root: string = process.cwd(),
) {
  const { file, args, options } = astroCommand(project, command, env, root);
  const run = spawnSync(file, args, { ...options, encoding: 'utf8' });
  return { status: run.status, output: run.stdout + run.stderr };
}

/**
 * runAstro without blocking: for a command as long as a whole build. A test worker blocked in spawnSync cannot answer
 * Vitest's runner, which gives up on a worker after 60 s of silence, and a busy machine can stretch a build that far.
 */
export function runAstroAsync(
  project: string,
  command: string,
  env: Record<string, string> = {},
  root: string = process.cwd(),
): Promise<{ status: number | null; output: string }> {
  const { file, args, options } = astroCommand(project, command, env, root);
  return new Promise((done, fail) => {
    const child = spawn(file, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', fail);
    child.on('close', (status) => done({ status, output }));
  });
}

/** A running `astro dev` in a scratch project: its address, everything it has printed, and how to stop it. */
export interface DevServer {
  url: string;
  output(): string;
  stop(): Promise<void>;
}

/** Starts `astro dev` in `project` on `port`; resolves once it answers, and fails with its output if it exits first. */
export async function startAstroDev(project: string, port: number, root: string = process.cwd()): Promise<DevServer> {
  const { file, args, options } = astroCommand(project, 'dev', {}, root);
  const child = spawn(file, [...args, '--host', '127.0.0.1', '--port', String(port)], {
    ...options,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const server = {
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
  // The caller's test timeout bounds the wait: how long a start takes depends on the machine's load.
  while (
    !(await fetch(`${server.url}/`).then(
      () => true,
      () => false,
    ))
  ) {
    if (child.exitCode !== null) throw new Error(`astro dev exited with code ${child.exitCode}:\n${output}`);
    await new Promise((done) => setTimeout(done, 250));
  }
  return server;
}
