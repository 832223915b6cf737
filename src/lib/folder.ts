import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { displayPath } from './text-file';

/** What a folder holds for its loader: the files it reads, and a message for each entry it would skip. */
export interface FolderListing {
  /** The names of the files ending in the loader's extension, in name order. */
  names: string[];
  problems: string[];
}

/**
 * Lists the files a loader reads in `dir`: those directly in it ending in `extension`. Every other entry (a subfolder,
 * a file with another ending such as `.yml` for `.yaml`) is reported, never skipped silently; hidden files (editors'
 * and systems' own, such as .DS_Store) and the names in `allowed` (a README) are left alone. `what` names the files in
 * messages: "stories", "figure files".
 */
export function listFolder(
  dir: string,
  extension: string,
  what: string,
  allowed: readonly string[] = [],
): FolderListing {
  const names: string[] = [];
  const problems: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || allowed.includes(entry.name)) continue;
    const path = displayPath(join(dir, entry.name));
    if (entry.isDirectory())
      problems.push(
        `${path}/: a folder is not read: ${what} are the ${extension} files directly in its parent folder; move its files up, or the folder out`,
      );
    else if (entry.name.endsWith(extension)) names.push(entry.name);
    else {
      const stem = entry.name.replace(/\.[^.]*$/, '');
      problems.push(
        `${path}: not read: ${what} end in ${extension}; rename it ${stem}${extension}, or move it out of the folder`,
      );
    }
  }
  return { names, problems };
}
