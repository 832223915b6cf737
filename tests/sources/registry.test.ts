import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSources, SOURCES_DIR, sourceTextFile } from '../../src/sources/registry';
import { scratchDirs } from '../support/scratch-dirs';

const scratch = scratchDirs('sources');

/** A scratch copy of data/sources with its metadata rewritten by `edit`. */
function sourcesDirWith(edit: (yaml: string) => string): string {
  const dir = scratch({ 'sources.yaml': edit(readFileSync(join(SOURCES_DIR, 'sources.yaml'), 'utf8')) });
  for (const source of loadSources()) copyFileSync(sourceTextFile(source.id), sourceTextFile(source.id, dir));
  return dir;
}

describe('loadSources(dir)', () => {
  it('loads the five primary sources', () => {
    expect(loadSources().map((source) => source.id)).toEqual([
      'nmg-daily-economy-2024-07-02',
      'nmg-industry-review-2023',
      'hohhot-daily-2023-07',
      'hohhot-h1-2024-report',
      'nmg-work-report-2024',
    ]);
  });

  it('keeps every text byte for byte as recorded', () => {
    for (const source of loadSources()) {
      const digest = createHash('sha256')
        .update(readFileSync(sourceTextFile(source.id)))
        .digest('hex');
      expect(digest, source.id).toBe(source.sha256);
    }
  });

  it('rejects a text that was edited', () => {
    const dir = sourcesDirWith((yaml) => yaml);
    const file = sourceTextFile('hohhot-h1-2024-report', dir);
    // Fixing the OCR error 人围 → 入围 in the text itself is exactly what must never happen.
    writeFileSync(file, readFileSync(file, 'utf8').replace('人围', '入围'));
    expect(() => loadSources(dir)).toThrow(/hohhot-h1-2024-report\.txt: text differs .* byte for byte/);
  });

  it('rejects a source whose text is missing', () => {
    const dir = sourcesDirWith((yaml) => yaml);
    rmSync(sourceTextFile('nmg-work-report-2024', dir));
    expect(() => loadSources(dir)).toThrow(/source "nmg-work-report-2024" has no text at .*nmg-work-report-2024\.txt/);
  });

  it('rejects a recorded text that is not UTF-8, naming its line and byte', () => {
    const bytes = Buffer.concat([Buffer.from('第一行\n今年'), Buffer.from([0xb5]), Buffer.from('\n')]);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const dir = sourcesDirWith((yaml) => yaml.replace(/sha256: \w+/, `sha256: ${sha256}`));
    writeFileSync(sourceTextFile('nmg-daily-economy-2024-07-02', dir), bytes);
    expect(() => loadSources(dir)).toThrow(/nmg-daily-economy-2024-07-02\.txt:2: byte 0xB5 at column 7 is not UTF-8/);
  });

  it('rejects a text in the folder that the metadata does not list', () => {
    const dir = sourcesDirWith((yaml) => yaml);
    writeFileSync(join(dir, 'new-report.txt'), '今年\n');
    expect(() => loadSources(dir)).toThrow(/new-report\.txt: no source in sources\.yaml has the id "new-report"/);
  });

  it('rejects a duplicate id', () => {
    const dir = sourcesDirWith((yaml) =>
      yaml.replace('- id: nmg-industry-review-2023', '- id: nmg-daily-economy-2024-07-02'),
    );
    expect(() => loadSources(dir)).toThrow('source id "nmg-daily-economy-2024-07-02" appears more than once');
  });

  it('rejects a malformed field with its line', () => {
    const dir = sourcesDirWith((yaml) => yaml.replace('date: 2024-08-22', 'date: August 2024'));
    expect(() => loadSources(dir)).toThrow(
      /sources\.yaml:\d+: record 4 "hohhot-h1-2024-report", field date: "August 2024" must be a date written YYYY-MM-DD or YYYY-MM/,
    );
  });
});
