import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { DataError, decodeUtf8, displayPath, readTextFile } from '../lib/text-file';
import { listFolder } from '../lib/folder';
import { readLocatedYamlRecords, type Located } from '../lib/yaml-records';
import { findQuote, longestMatchingPrefix, squeeze, type Squeezed } from './quote-match';
import { sourceSchema, type Source, type SourceRecord } from './source';

/** Where the source texts and their metadata live, relative to the project root. */
export const SOURCES_DIR = resolve(process.cwd(), 'data/sources');

/**
 * Reads and checks the source metadata in `dir`: unique ids, each text present, unaltered and UTF-8, each defect's
 * quote in its text, and no text in `dir` that the metadata does not list. Throws a DataError listing every problem.
 */
export function loadSources(dir: string = SOURCES_DIR): Source[] {
  const file = resolve(dir, 'sources.yaml');
  const records = readLocatedYamlRecords(file, sourceSchema);
  const sources = records.map((record) => record.value);
  const listed = new Set(sources.map((source) => source.id));
  // Every file here is either the metadata or a listed source's text; anything else would be skipped unread.
  const { names, problems } = listFolder(dir, '.txt', 'source texts', ['sources.yaml', 'README.md']);
  for (const id of names.map((name) => basename(name, '.txt')).filter((id) => !listed.has(id)))
    problems.push(
      `${displayPath(sourceTextFile(id, dir))}: no source in sources.yaml has the id "${id}"; list it there with its sha256, or move the file out`,
    );
  const seen = new Set<string>();
  const loaded: Source[] = [];
  for (const record of records) {
    const source = record.value;
    if (seen.has(source.id)) problems.push(`${displayPath(file)}: source id "${source.id}" appears more than once`);
    seen.add(source.id);
    const text = readSourceText(source, dir);
    if ('problem' in text) problems.push(text.problem);
    else loaded.push(locateDefects(record, text.text, file, problems));
  }
  if (problems.length > 0) throw new DataError(problems.join('\n'));
  return loaded;
}

/** A source with each defect's quote found in its `text` (white space ignored); a quote not found is a problem. */
function locateDefects(record: Located<SourceRecord>, text: string, file: string, problems: string[]): Source {
  const source = record.value;
  const squeezed = squeeze(text);
  const defects = source.defects.map((defect, index) => {
    if (defect.quote === undefined) return defect;
    const passage = findQuote(squeezed, defect.quote);
    if (passage) return { ...defect, passage };
    const prefix = longestMatchingPrefix(squeezed, defect.quote);
    problems.push(
      `${displayPath(file)}:${record.line(['defects', index, 'quote']) ?? '?'}: source "${source.id}", defect ${index + 1}, ` +
        `field quote: not found in the text (white space ignored)${prefix ? `: it matches up to "…${prefix.slice(-12)}"` : ''}; ` +
        'quote the defective words exactly as the text prints them',
    );
    return defect;
  });
  return { ...source, defects };
}

/** A source's text, or what is wrong with it: missing, not the recorded copy, or not UTF-8. */
function readSourceText(source: SourceRecord, dir: string): { text: string } | { problem: string } {
  const textFile = sourceTextFile(source.id, dir);
  let bytes: Buffer;
  try {
    bytes = readFileSync(textFile);
  } catch {
    return {
      problem: `${displayPath(resolve(dir, 'sources.yaml'))}: source "${source.id}" has no text at ${displayPath(textFile)}`,
    };
  }
  const digest = createHash('sha256').update(bytes).digest('hex');
  if (digest !== source.sha256)
    return {
      problem:
        `${displayPath(textFile)}: text differs from the copy recorded for source "${source.id}" ` +
        `(sha256 ${digest}, expected ${source.sha256}); source texts must stay byte for byte as received`,
    };
  try {
    // The recorded copy itself must be UTF-8: pages quote it, and a byte that is not would be published as "�".
    return { text: decodeUtf8(bytes, displayPath(textFile)) };
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    return { problem: error.message };
  }
}

/** The path of a source's verbatim text. */
export function sourceTextFile(id: string, dir: string = SOURCES_DIR): string {
  return resolve(dir, `${id}.txt`);
}

/** A source text as read: the original, for line numbers and layout, and squeezed of white space, for matching. */
export interface SourceText {
  raw: string;
  squeezed: Squeezed;
}

/** Each source's text, read once, by source id. */
export function readSourceTexts(sources: readonly Source[], dir: string = SOURCES_DIR): Map<string, SourceText> {
  return new Map(
    sources.map((source) => {
      const raw = readTextFile(sourceTextFile(source.id, dir));
      return [source.id, { raw, squeezed: squeeze(raw) }];
    }),
  );
}
