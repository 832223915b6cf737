import { resolve } from 'node:path';
import { DataError, displayPath } from '../lib/text-file';
import { readYamlFolder } from '../lib/yaml-records';
import { factSchema, type Fact } from './fact';

/** Where cited outside facts live, relative to the project root. */
const FACTS_DIR = resolve(process.cwd(), 'data/context');

/** Loads every fact file in `dir`; throws a DataError listing every malformed record or duplicate id. */
export function loadFacts(dir: string = FACTS_DIR): Fact[] {
  const { files, problems } = readYamlFolder(dir, factSchema, 'outside-fact files');
  const facts: Fact[] = [];
  const seen = new Set<string>();
  for (const { file, records } of files) {
    for (const record of records) {
      if (seen.has(record.value.id))
        problems.push(`${displayPath(file)}:${record.line('id')}: duplicate fact id "${record.value.id}"`);
      seen.add(record.value.id);
      facts.push(record.value);
    }
  }
  if (problems.length > 0)
    throw new DataError(`${problems.length} problem(s) in the outside facts:\n${problems.join('\n')}`);
  return facts;
}
