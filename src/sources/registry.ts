import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { DataError, decodeUtf8, displayPath } from '../lib/text-file';
import { listFolder } from '../lib/folder';
import { readYamlRecords } from '../lib/yaml-records';
import { sourceSchema, type Source } from './source';

/** Where the source texts and their metadata live, relative to the project root. */
export const SOURCES_DIR = resolve(process.cwd(), 'data/sources');

/**
 * Reads and checks the source metadata in `dir`: unique ids, each text present, unaltered and UTF-8, and no text in
 * `dir` that the metadata does not list. Throws a DataError listing every problem.
 */
export function loadSources(dir: string = SOURCES_DIR): Source[] {
  const file = resolve(dir, 'sources.yaml');
  const sources = readYamlRecords(file, sourceSchema);
  const listed = new Set(sources.map((source) => source.id));
  // Every file here is either the metadata or a listed source's text; anything else would be skipped unread.
  const { names, problems } = listFolder(dir, '.txt', 'source texts', ['sources.yaml', 'README.md']);
  for (const id of names.map((name) => basename(name, '.txt')).filter((id) => !listed.has(id)))
    problems.push(
      `${displayPath(sourceTextFile(id, dir))}: no source in sources.yaml has the id "${id}"; list it there with its sha256, or move the file out`,
    );
  const seen = new Set<string>();
  for (const source of sources) {
    if (seen.has(source.id)) problems.push(`${displayPath(file)}: source id "${source.id}" appears more than once`);
    seen.add(source.id);
    const problem = textProblem(source, dir);
    if (problem) problems.push(problem);
  }
  if (problems.length > 0) throw new DataError(problems.join('\n'));
  return sources;
}

/** What is wrong with a source's text: missing, not the recorded copy, or not UTF-8; undefined when it is sound. */
function textProblem(source: Source, dir: string): string | undefined {
  const textFile = sourceTextFile(source.id, dir);
  let bytes: Buffer;
  try {
    bytes = readFileSync(textFile);
  } catch {
    return `${displayPath(resolve(dir, 'sources.yaml'))}: source "${source.id}" has no text at ${displayPath(textFile)}`;
  }
  const digest = createHash('sha256').update(bytes).digest('hex');
  if (digest !== source.sha256)
    return (
      `${displayPath(textFile)}: text differs from the copy recorded for source "${source.id}" ` +
      `(sha256 ${digest}, expected ${source.sha256}); source texts must stay byte for byte as received`
    );
  try {
    // The recorded copy itself must be UTF-8: pages quote it, and a byte that is not would be published as "�".
    decodeUtf8(bytes, displayPath(textFile));
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    return error.message;
  }
  return undefined;
}

/** The path of a source's verbatim text. */
export function sourceTextFile(id: string, dir: string = SOURCES_DIR): string {
  return resolve(dir, `${id}.txt`);
}
