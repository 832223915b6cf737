import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { DataError } from '../../src/lib/text-file';
import { parseYamlRecords } from '../../src/lib/yaml-records';

const schema = z.strictObject({ id: z.string().min(1), value: z.number() });
const parse = (text: string) => parseYamlRecords(text, 'data/example.yaml', schema);

describe('parseYamlRecords(text, file, schema)', () => {
  it('returns the validated records', () => {
    expect(parse('- id: a\n  value: 1\n- id: b\n  value: 2.5\n')).toEqual([
      { id: 'a', value: 1 },
      { id: 'b', value: 2.5 },
    ]);
  });

  it('returns no records for an empty list', () => {
    expect(parse('[]\n')).toEqual([]);
  });

  it.each([
    ['an empty file', '', 'data/example.yaml: expected a list of records'],
    ['a mapping instead of a list', 'id: a\nvalue: 1\n', 'data/example.yaml: expected a list of records'],
    [
      'a key given twice',
      '- id: a\n  value: 1\n  value: 2\n',
      'data/example.yaml:3: not valid YAML: Map keys must be unique',
    ],
    [
      'a wrong type, at its line',
      '- id: a\n  value: 1\n- id: b\n  value: "2"\n',
      'data/example.yaml:4: record 2 "b", field value:',
    ],
    [
      'a missing field, at its record',
      '- id: a\n  value: 1\n- id: b\n',
      'data/example.yaml:3: record 2 "b", field value:',
    ],
    ['an unknown field', '- id: a\n  value: 1\n  vaule: 2\n', 'data/example.yaml:1: record 1 "a", field (record):'],
  ])('rejects %s with file, line and field', (_case, text, message) => {
    expect(() => parse(text)).toThrow(DataError);
    expect(() => parse(text)).toThrow(message);
  });

  it('reports every bad record, not just the first', () => {
    const error = (() => {
      try {
        parse('- id: a\n  value: x\n- id: b\n  value: y\n');
      } catch (caught) {
        return caught as Error;
      }
      throw new Error('expected a DataError');
    })();
    expect(error.message.split('\n')).toHaveLength(2);
  });
});
