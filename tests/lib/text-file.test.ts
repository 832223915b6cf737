import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError, decodeUtf8, readTextFile } from '../../src/lib/text-file';
import { scratchDirs } from '../support/scratch-dirs';

const scratch = scratchDirs('text-file');
const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : Buffer.from(part))));

describe('decodeUtf8(bytes, file)', () => {
  it.each([
    ['ASCII', bytes('a: 1\n'), 'a: 1\n'],
    ['Chinese and an emoji', bytes('今年1-5月 🚀\n'), '今年1-5月 🚀\n'],
    ['a replacement character written as UTF-8', bytes('x\uFFFDy'), 'x\uFFFDy'],
    ['a leading byte-order mark, dropped', bytes([0xef, 0xbb, 0xbf], 'title'), 'title'],
  ])('decodes %s', (_case, input, text) => {
    expect(decodeUtf8(input, 'a.md')).toBe(text);
  });

  it.each([
    ['a Latin-1 é', bytes('line one\ncaf', [0xe9], ' au lait\n'), 'a.md:2: byte 0xE9 at column 4 is not UTF-8'],
    ['GB18030 内', bytes('label: ', [0xc4, 0xda], '\n'), 'a.md:1: byte 0xC4 at column 8 is not UTF-8'],
    ['a stray continuation byte', bytes('a\nb\nok ', [0x80]), 'a.md:3: byte 0x80 at column 4 is not UTF-8'],
    [
      'a character cut at the end of the file',
      bytes('end ', [0xe5, 0xb9]),
      'a.md:1: byte 0xE5 at column 5 is not UTF-8',
    ],
    ['a byte never used in UTF-8', bytes('x', [0xff]), 'a.md:1: byte 0xFF at column 2 is not UTF-8'],
  ])('names the line and byte of %s, and the fix', (_case, input, message) => {
    expect(() => decodeUtf8(input, 'a.md')).toThrow(DataError);
    expect(() => decodeUtf8(input, 'a.md')).toThrow(`${message}; save the file as UTF-8`);
  });
});

describe('readTextFile(path)', () => {
  it('reads a UTF-8 file and names a file it cannot read', () => {
    const dir = scratch({ 'a.txt': '内蒙古\n' });
    expect(readTextFile(join(dir, 'a.txt'))).toBe('内蒙古\n');
    expect(() => readTextFile(join(dir, 'missing.txt'))).toThrow(/missing\.txt: cannot be read/);
  });

  it('refuses a file that is not UTF-8, naming it', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'b.yaml'), bytes('- id: x\n  label: ', [0xb5], '\n'));
    expect(() => readTextFile(join(dir, 'b.yaml'))).toThrow(/b\.yaml:2: byte 0xB5 at column 10 is not UTF-8/);
  });
});
