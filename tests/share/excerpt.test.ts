import { describe, expect, it } from 'vitest';
import { excerpt, plainText, withoutCutFigure } from '../../src/share/excerpt';

describe('plainText(html)', () => {
  it.each([
    ['', ''],
    ['<p>One <em>two</em></p>', 'One two'],
    ['<p>Line\n  break</p><p>next</p>', 'Line break next'],
    ['<span lang="zh-Hans">蒙电入京</span>, “power”', '蒙电入京, “power”'],
    ['a &amp; b', 'a & b'],
    // Chinese paragraphs run on with no space between them; a space the source prints inside one stays.
    ['<blockquote><p>提前实现目标</p></blockquote><p>这句话接着谈到排名。</p>', '提前实现目标这句话接着谈到排名。'],
    ['<p>强化电力外送通道运维 服务全国保供大局</p>', '强化电力外送通道运维 服务全国保供大局'],
    ['<p>“Quoted.”</p><p>Next.</p>', '“Quoted.” Next.'],
  ])('%j → %j', (html, text) => {
    expect(plainText(html)).toBe(text);
  });
});

describe('withoutCutFigure(words)', () => {
  it.each([
    [['sent', 'over', '20', 'billion'], ['sent']],
    [['sent', 'over', '20'], ['sent']],
    [
      ['the', '20', 'lines', 'were', 'all', 'built'],
      ['the', '20', 'lines', 'were', 'all', 'built'],
    ],
    [['went', 'up', 'to'], ['went']],
    [['12'], ['12']],
    [[], []],
  ])('%j → %j', (words, kept) => {
    expect(withoutCutFigure(words)).toEqual(kept);
  });
});

describe('excerpt(text, max)', () => {
  it.each([
    ['', 20, ''],
    ['Short enough.', 20, 'Short enough.'],
    ['  Spaced \n out.  ', 20, 'Spaced out.'],
    ['First sentence. Second sentence is long.', 20, 'First sentence. …'],
    // A sentence that fits only without the " …" after it is not kept whole: the cut text must fit with its mark.
    ['Fits with room. Then more.', 16, 'Fits with…'],
    ['“Quoted.” Then more text here.', 12, '“Quoted.” …'],
    ['A long clause without a stop, and then the rest runs on', 40, 'A long clause without a stop …'],
    ['The amount sent to the capital was over 20 billion kWh in the year', 45, 'The amount sent to the capital was…'],
    ['中文没有空格的句子很长很长很长很长很长很长', 10, '中文没有空格的句子…'],
    ['第一句话。第二句话比较长一些。', 10, '第一句话。…'],
    ['“引语。”后面还有话。', 9, '“引语。”…'],
    ['一个很长的分句，然后其余部分一直写下去没有句号', 16, '一个很长的分句…'],
  ])('%j at %i → %j', (text, max, cut) => {
    expect(excerpt(text, max)).toBe(cut);
  });

  it('never returns more than max characters', () => {
    const text = 'word '.repeat(100);
    for (const max of [10, 33, 200]) expect(excerpt(text, max).length).toBeLessThanOrEqual(max);
  });
});
