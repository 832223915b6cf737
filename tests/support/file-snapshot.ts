import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { expect } from 'vitest';

/** Where a rendering that differs from its snapshot is written for review: `01-a.html` → `01-a.new.html`. */
export function pendingPath(path: string): string {
  return path.replace(/(\.[^./]+)$/, '.new$1');
}

/** Whether this run accepts new renderings as snapshots (`vitest run -u`). */
export function acceptingSnapshots(): boolean {
  return expect.getState().snapshotState.snapshotUpdateState === 'all';
}

/** Asserts `received` matches the snapshot file at absolute `path` (`vitest run -u` accepts it), for review beside it. */
export async function expectFileSnapshot(received: string, path: string): Promise<void> {
  // A differing rendering is written to the pending path for a reviewer to diff, and removed once it matches or is accepted.
  const pending = pendingPath(path);
  if (!existsSync(path) || readFileSync(path, 'utf8') !== received) {
    mkdirSync(dirname(pending), { recursive: true });
    writeFileSync(pending, received);
  }
  await expect(received, `the new rendering is in ${relative(process.cwd(), pending)}`).toMatchFileSnapshot(path);
  rmSync(pending, { force: true });
}

/** Every file under `dir`, as paths joined to it. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The files under `dir` that are neither one of the `expected` snapshots nor the pending rendering of one. */
export function staleSnapshots(dir: string, expected: ReadonlySet<string>): string[] {
  const wanted = new Set([...expected].flatMap((path) => [path, pendingPath(path)]));
  return filesUnder(dir)
    .filter((path) => !wanted.has(path))
    .sort();
}

/** Deletes snapshot files under `dir`, and the folders under it they leave empty. */
export function removeSnapshots(dir: string, paths: readonly string[]): void {
  for (const path of paths) {
    rmSync(path);
    for (let folder = dirname(path); folder !== dir && readdirSync(folder).length === 0; folder = dirname(folder))
      rmdirSync(folder);
  }
}
