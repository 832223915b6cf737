import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const ASTRO = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
// What a failure message quotes of the build's output: its end, where the error is.
const OUTPUT_TAIL = 8_000;

/** Keeps the end of a child's output, for the message if it fails. */
function captureOutput(child: ChildProcess): () => string {
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-OUTPUT_TAIL);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => output;
}

/** Runs `astro build` into `outDir`, quietly; a failure throws with the end of its output. Aborting kills the build. */
export async function buildSite(outDir: string, signal: AbortSignal): Promise<void> {
  const child = spawn(process.execPath, [ASTRO, 'build'], {
    env: { ...process.env, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    signal,
  });
  const output = captureOutput(child);
  // An aborted spawn emits 'error' as well as 'exit'; the exit code below reports it.
  child.on('error', () => {});
  if (child.exitCode === null && child.signalCode === null) await once(child, 'exit');
  if (child.exitCode !== 0)
    throw new Error(`astro build failed (exit ${child.exitCode ?? child.signalCode}):\n${output()}`);
}
