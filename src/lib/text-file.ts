import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

/** A data or text file that cannot be used; the message names the file, line, record and field, and the fix. */
export class DataError extends Error {
  override name = 'DataError';
}

/** Shows a path relative to the project root, as authors see it in their editor. */
export function displayPath(file: string): string {
  return relative(process.cwd(), file) || file;
}

const strict = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes `bytes` as UTF-8, throwing a DataError that names `file`, the line and the first byte that is not UTF-8
 * (a decoder that replaces it would publish "�" in its place). A leading byte-order mark is dropped.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return strict.decode(bytes);
  } catch {
    throw new DataError(notUtf8(bytes, file));
  }
}

/** Reads a text file as UTF-8; a missing file or a byte that is not UTF-8 throws a DataError naming it. */
export function readTextFile(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new DataError(`${displayPath(path)}: cannot be read (${(error as Error).message})`);
  }
  return decodeUtf8(bytes, displayPath(path));
}

/** Where the first byte that is not UTF-8 stands: its line, its column in bytes, and the byte. */
function notUtf8(bytes: Uint8Array, file: string): string {
  // A newline byte never occurs inside a multi-byte character, so each line decodes on its own.
  let start = 0;
  let line = 1;
  for (;;) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline === -1 ? bytes.length : newline;
    const bad = firstBadByte(bytes.subarray(start, end));
    if (bad !== undefined) {
      const byte = bytes[start + bad]!.toString(16).toUpperCase().padStart(2, '0');
      return `${file}:${line}: byte 0x${byte} at column ${bad + 1} is not UTF-8; save the file as UTF-8 (an editor's "Save with encoding" or \`iconv -f GB18030 -t UTF-8\`), then retype any character shown wrongly`;
    }
    if (newline === -1) break;
    start = newline + 1;
    line++;
  }
  return `${file}: ends inside a character that is not complete UTF-8; save the file as UTF-8`;
}

/** The offset of the first byte of `line` that neither begins nor continues a valid UTF-8 character, if any. */
function firstBadByte(line: Uint8Array): number | undefined {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // Where a character begun but not yet complete starts: the byte to blame when the next one cannot continue it.
  let lead: number | undefined;
  for (let i = 0; i < line.length; i++) {
    try {
      const out = decoder.decode(line.subarray(i, i + 1), { stream: true });
      lead = out === '' ? (lead ?? i) : undefined;
    } catch {
      return lead ?? i;
    }
  }
  return lead;
}
