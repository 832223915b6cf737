import { describe, expect, it } from 'vitest';
import { chineseRuns } from '../../src/lib/chinese-runs';

/** The runs as text, Chinese ones in brackets. */
const marked = (text: string) =>
  chineseRuns(text)
    .map((run) => (run.zh ? `[${run.text}]` : run.text))
    .join('');

describe('chineseRuns(text)', () => {
  it.each([
    ['plain English', 'No Chinese here.', 'No Chinese here.'],
    ['a word', 'The source prints 人围, an OCR error', 'The source prints [人围], an OCR error'],
    [
      'a number with its unit',
      'The source prints 121.8亿; the 元 figure',
      'The source prints [121.8亿]; the [元] figure',
    ],
    ['a number inside a phrase', '增长2倍 is a rise by 2 times', '[增长2倍] is a rise by 2 times'],
    ['a ratio', '不低于1∶3 means at least one', '[不低于1∶3] means at least one'],
    ['a range of months', 'in 2024年1—5月, output rose', 'in [2024年1—5月], output rose'],
    ['CJK punctuation', 'writes 电子级单晶硅、多晶硅; the rest', 'writes [电子级单晶硅、多晶硅]; the rest'],
    ['a name in brackets', 'Guo Shujun (郭淑军), Department', 'Guo Shujun ([郭淑军]), Department'],
    ['an English full stop after Chinese', 'as 截至目前.', 'as [截至目前].'],
    ['a number then English', '2.4万P of computing', '[2.4万]P of computing'],
    ['a number not before Chinese', '5 parks, 10 more 在建', '5 parks, 10 more [在建]'],
    ['only Chinese', '蒙电入京', '[蒙电入京]'],
    ['empty', '', ''],
  ])('%s', (_, text, expected) => {
    expect(marked(text)).toBe(expected);
    expect(
      chineseRuns(text)
        .map((run) => run.text)
        .join(''),
    ).toBe(text);
  });
});
