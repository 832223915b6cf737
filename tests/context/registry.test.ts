import { describe, expect, it } from 'vitest';
import { loadFacts } from '../../src/context/registry';
import { scratchDirs } from '../support/scratch-dirs';

const scratch = scratchDirs('facts');
const withFile = (yaml: string) => scratch({ 'a.yaml': yaml });
const fact = (id: string, url = 'https://example.org/page') =>
  `- id: ${id}\n  claim: A plain English statement of the fact.\n  quote: 原文原文原文\n  source:\n    title: 标题\n    publisher: A publisher\n    date: 2017-04-29\n    url: ${url}\n`;

describe('loadFacts(dir)', () => {
  it('loads the real outside facts', () => {
    expect(loadFacts().map((f) => f.id)).toContain('xilingol-taizhou-line-ends-in-jiangsu');
  });

  it.each([
    [
      'a missing source',
      '- id: a\n  claim: A plain English statement.\n  quote: 原文原文原文\n',
      /a\.yaml:1: record 1 "a", field source/,
    ],
    [
      'a source address that is not a web page',
      fact('a', 'file:///etc/passwd'),
      /a\.yaml:8: record 1 "a", field source\.url: must be the http\(s\) address/,
    ],
    ['a duplicate id', fact('a') + fact('a'), /a\.yaml:9: duplicate fact id "a"/],
  ])('fails on %s, naming file, line and record', (_case, yaml, message) => {
    expect(() => loadFacts(withFile(yaml))).toThrow(message);
  });
});
