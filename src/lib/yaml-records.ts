import { join } from 'node:path';
import { LineCounter, parseDocument, isSeq, type Node } from 'yaml';
import type { z } from 'astro/zod';
import { listFolder } from './folder';
import { DataError, displayPath, readTextFile } from './text-file';

/** A validated record and the line of any of its fields, for errors found after validation. */
export interface Located<T> {
  value: T;
  index: number;
  /** The line of `field`, or of a path into it such as ['defects', 2, 'quote'] (else of the record itself), 1-based. */
  line(field?: string | readonly (string | number)[]): number | undefined;
}

/** Parses a YAML file holding a list of records and validates each with `schema`, keeping each record's position. */
export function readLocatedYamlRecords<T>(file: string, schema: z.ZodType<T>): Located<T>[] {
  return parseLocatedYamlRecords(readTextFile(file), displayPath(file), schema);
}

/** Validates YAML `text` (named `file` in errors) as a list of records matching `schema`. */
export function parseYamlRecords<T>(text: string, file: string, schema: z.ZodType<T>): T[] {
  return parseLocatedYamlRecords(text, file, schema).map((record) => record.value);
}

/** Like parseYamlRecords, keeping each record's position for later checks. */
function parseLocatedYamlRecords<T>(text: string, file: string, schema: z.ZodType<T>): Located<T>[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const lineOf = (node: Node | null | undefined) => (node?.range ? lines.linePos(node.range[0]).line : undefined);

  if (doc.errors.length > 0) {
    const [first] = doc.errors;
    const line = first ? lines.linePos(first.pos[0]).line : undefined;
    throw new DataError(`${file}${line ? `:${line}` : ''}: not valid YAML: ${first?.message}`);
  }
  if (!isSeq(doc.contents)) {
    throw new DataError(`${file}: expected a list of records (each starting with "- ")`);
  }

  const records = doc.toJS() as unknown[];
  const problems: string[] = [];
  const parsed: Located<T>[] = [];
  records.forEach((raw, index) => {
    const recordNode = doc.getIn([index], true) as Node | undefined;
    const result = schema.safeParse(raw);
    if (result.success) {
      parsed.push({
        value: result.data,
        index,
        line: (field) =>
          (field === undefined
            ? undefined
            : lineOf(doc.getIn([index, ...(typeof field === 'string' ? [field] : field)], true) as Node | undefined)) ??
          lineOf(recordNode),
      });
      return;
    }
    const id = typeof (raw as { id?: unknown })?.id === 'string' ? ` "${(raw as { id: string }).id}"` : '';
    for (const issue of result.error.issues) {
      const path = issue.path.map(String);
      // Point at the offending field when it exists, else at the nearest part of the record that holds it.
      const holders = issue.path.map((_, depth) => doc.getIn([index, ...issue.path.slice(0, depth + 1)], true));
      const line =
        holders
          .reverse()
          .map((node) => lineOf(node as Node | undefined))
          .find(Boolean) ?? lineOf(recordNode);
      const field = path.length > 0 ? path.join('.') : '(record)';
      problems.push(`${file}${line ? `:${line}` : ''}: record ${index + 1}${id}, field ${field}: ${issue.message}`);
    }
  });
  if (problems.length > 0) throw new DataError(problems.join('\n'));
  return parsed;
}

/**
 * The records of every .yaml file in `dir`, in name order, with each file's problems collected, not thrown; any other
 * entry of `dir` but its README (a .yml file, a subfolder) is a problem too, since it would not be read. `what` names
 * the files in messages: "figure files".
 */
export function readYamlFolder<T>(
  dir: string,
  schema: z.ZodType<T>,
  what: string,
): { files: { file: string; records: Located<T>[] }[]; problems: string[] } {
  const files: { file: string; records: Located<T>[] }[] = [];
  const { names, problems } = listFolder(dir, '.yaml', what, ['README.md']);
  for (const name of names) {
    const file = join(dir, name);
    try {
      files.push({ file, records: readLocatedYamlRecords(file, schema) });
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      problems.push(error.message);
    }
  }
  return { files, problems };
}
