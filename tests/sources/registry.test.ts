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

  it('locates a defect quoted from the text, and keeps a defect that quotes nothing', () => {
    const dir = sourcesDirWith((yaml) =>
      yaml.replace(
        '  defects:\n    - text: "OCR errors',
        '  defects:\n    - text: A misprint.\n      text_zh: 印错。\n      quote: 人 围\n    - text: "OCR errors',
      ),
    );
    const source = loadSources(dir).find(({ id }) => id === 'hohhot-h1-2024-report')!;
    const text = readFileSync(sourceTextFile(source.id), 'utf8');
    const [quoted, sentence] = source.defects;
    expect(text.slice(quoted!.passage!.start, quoted!.passage!.end)).toBe('人围');
    expect(sentence).toEqual({
      text: expect.stringMatching(/^OCR errors/),
      text_zh: expect.stringMatching(/^文字识别/),
    });
  });

  it.each([
    [
      'a defect quote that is not in the text',
      '      quote: 人围了吗\n',
      'the quote',
      /sources\.yaml:LINE: source "hohhot-h1-2024-report", defect 1, field quote: not found in the text \(white space ignored\): it matches up to "…人围"; quote the defective words exactly as the text prints them/,
    ],
    [
      'a defect with an unknown field',
      '      where: page 1\n',
      'the defect',
      /sources\.yaml:LINE: record 4 "hohhot-h1-2024-report", field defects\.0: Unrecognized key: "where"/,
    ],
    [
      'a defect not said in Chinese',
      '',
      'the defect',
      /sources\.yaml:LINE: record 4 "hohhot-h1-2024-report", field defects\.0\.text_zh: must say in Chinese what is wrong/,
    ],
  ])('rejects %s, naming the line of %s', (_case, field, at, message) => {
    let line = 0;
    const dir = sourcesDirWith((yaml) => {
      const edited = yaml.replace(
        '  defects:\n    - text: "OCR errors',
        `  defects:\n    - text: A misprint.\n${field === '' ? '' : `      text_zh: 印错。\n${field}`}    - text: "OCR errors`,
      );
      line = edited.slice(0, edited.indexOf(at === 'the quote' ? field : '    - text: A misprint.')).split('\n').length;
      return edited;
    });
    expect(() => loadSources(dir)).toThrow(new RegExp(message.source.replace('LINE', String(line))));
  });

  it('rejects a malformed field with its line', () => {
    const dir = sourcesDirWith((yaml) => yaml.replace('date: 2024-08-22', 'date: August 2024'));
    expect(() => loadSources(dir)).toThrow(
      /sources\.yaml:\d+: record 4 "hohhot-h1-2024-report", field date: "August 2024" must be a date written YYYY-MM-DD or YYYY-MM/,
    );
  });
});
