import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DataError, displayPath, readYamlRecords } from '../lib/yaml-records';
import { sourceSchema, type Source } from './source';

/** Where the source texts and their metadata live, relative to the project root. */
export const SOURCES_DIR = resolve(process.cwd(), 'data/sources');

/** Reads and checks the source metadata in `dir`: unique ids, and each text present and unaltered. */
export function loadSources(dir: string = SOURCES_DIR): Source[] {
  const file = resolve(dir, 'sources.yaml');
  const sources = readYamlRecords(file, sourceSchema);
  const seen = new Set<string>();
  for (const source of sources) {
    if (seen.has(source.id)) {
      throw new DataError(`${displayPath(file)}: source id "${source.id}" appears more than once`);
    }
    seen.add(source.id);
    const textFile = sourceTextFile(source.id, dir);
    let bytes: Buffer;
    try {
      bytes = readFileSync(textFile);
    } catch {
      throw new DataError(`${displayPath(file)}: source "${source.id}" has no text at ${displayPath(textFile)}`);
    }
    const digest = createHash('sha256').update(bytes).digest('hex');
    if (digest !== source.sha256) {
      throw new DataError(
        `${displayPath(textFile)}: text differs from the copy recorded for source "${source.id}" ` +
          `(sha256 ${digest}, expected ${source.sha256}); source texts must stay byte for byte as received`,
      );
    }
  }
  return sources;
}

/** The path of a source's verbatim text. */
export function sourceTextFile(id: string, dir: string = SOURCES_DIR): string {
  return resolve(dir, `${id}.txt`);
}
