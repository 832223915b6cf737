import { describe, expect, it } from 'vitest';
import { loadFacts } from '../../src/context/registry';
import { scratchDirs } from '../support/scratch-dirs';

const scratch = scratchDirs('facts');
const withFile = (yaml: string) => scratch({ 'a.yaml': yaml });
const fact = (id: string, url = 'https://example.org/page') =>
  `- id: ${id}\n  claim: A plain English statement of the fact.\n  claim_zh: 一句中文陈述。\n  quote: 原文原文原文\n  source:\n    title: 标题\n    publisher: A publisher\n    publisher_zh: 发布者\n    date: 2017-04-29\n    url: ${url}\n`;

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
      /a\.yaml:10: record 1 "a", field source\.url: must be the http\(s\) address/,
    ],
    [
      'a claim not stated in Chinese',
      fact('a').replace('  claim_zh: 一句中文陈述。\n', ''),
      /a\.yaml:1: record 1 "a", field claim_zh: must state the fact in a plain Chinese sentence/,
    ],
    [
      'a publisher not named in Chinese',
      fact('a').replace('    publisher_zh: 发布者\n', ''),
      /a\.yaml:6: record 1 "a", field source\.publisher_zh: must name the publisher in Chinese/,
    ],
    ['a duplicate id', fact('a') + fact('a'), /a\.yaml:11: duplicate fact id "a"/],
  ])('fails on %s, naming file, line and record', (_case, yaml, message) => {
    expect(() => loadFacts(withFile(yaml))).toThrow(message);
  });
});
