import { describe, expect, it } from 'vitest';
import { layoutSource, type Block } from '../../src/sources/layout';

/** Blocks as compact strings: "p: text" or "h2: text", with [passage text] around marked runs. */
function show(blocks: Block[]): string[] {
  return blocks.map((block) => {
    const text = block.segments.map((s) => (s.passages.length ? `[${s.text}]` : s.text)).join('');
    return `${block.kind === 'heading' ? `h${block.level}` : 'p'}: ${text}`;
  });
}

describe('layoutSource(text, passages)', () => {
  it('returns nothing for an empty text', () => {
    expect(layoutSource('', [])).toEqual([]);
    expect(layoutSource(' \n\n\u3000\n', [])).toEqual([]);
  });

  it.each([
    ['rejoins Chinese lines broken mid-word', '学\n习贯彻', ['p: 学习贯彻']],
    ['drops the indentation after a break', '本报讯\n   记者', ['p: 本报讯记者']],
    ['keeps a space between Latin words broken across lines', 'green\nfactories', ['p: green factories']],
    ['keeps a space between digits broken across lines', '2024\n2025', ['p: 2024 2025']],
    ['splits paragraphs at blank lines', '第一段\n\n第二段', ['p: 第一段', 'p: 第二段']],
    ['treats a line of CJK spaces as blank', '第一段\n\u3000\n第二段', ['p: 第一段', 'p: 第二段']],
    [
      'keeps Markdown headings, one level down',
      '# 标题\n\n## 一、小标题\n\n正文',
      ['h2: 标题', 'h3: 一、小标题', 'p: 正文'],
    ],
    ['drops Markdown bold markers', '**摘要：**正文', ['p: 摘要：正文']],
    ['handles Windows line ends', '第一\r\n行\r\n\r\n第二段', ['p: 第一行', 'p: 第二段']],
  ])('%s', (_case, text, expected) => {
    expect(show(layoutSource(text, []))).toEqual(expected);
  });

  it('marks a passage and says where it opens and closes', () => {
    const text = '甲乙丙丁戊';
    const [block] = layoutSource(text, [{ start: 1, end: 3, anchor: 'p-a' }]);
    expect(block!.segments).toEqual([
      { text: '甲', passages: [], opens: [], closes: [] },
      { text: '乙丙', passages: ['p-a'], opens: ['p-a'], closes: ['p-a'] },
      { text: '丁戊', passages: [], opens: [], closes: [] },
    ]);
  });

  it('marks a passage across a print line break', () => {
    const text = '增加值增长\n16.1%。';
    expect(show(layoutSource(text, [{ start: 3, end: 11, anchor: 'p-a' }]))).toEqual(['p: 增加值[增长16.1%]。']);
  });

  it('splits overlapping passages into runs covered by each', () => {
    const blocks = layoutSource('一二三四五六', [
      { start: 0, end: 4, anchor: 'p-a' },
      { start: 2, end: 6, anchor: 'p-b' },
    ]);
    expect(blocks[0]!.segments.map((s) => [s.text, s.passages, s.opens, s.closes])).toEqual([
      ['一二', ['p-a'], ['p-a'], []],
      ['三四', ['p-a', 'p-b'], ['p-b'], ['p-a']],
      ['五六', ['p-b'], [], ['p-b']],
    ]);
  });

  it('opens a passage that crosses a paragraph break once, and closes it once', () => {
    const text = '一二\n\n三四';
    const blocks = layoutSource(text, [{ start: 1, end: 5, anchor: 'p-a' }]);
    const marked = blocks.flatMap((b) => b.segments).filter((s) => s.passages.length > 0);
    expect(marked.map((s) => [s.text, s.opens, s.closes])).toEqual([
      ['二', ['p-a'], []],
      ['三', [], ['p-a']],
    ]);
  });
});
