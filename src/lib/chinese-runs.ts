// A Han character, a CJK punctuation mark (。、「」) or a full-width form (，：（）).
const HAN = String.raw`[\p{Script=Han}\u3000-\u303f\uff00-\uffef]`;
// A number as Chinese prints it inside a phrase: 121.8 in 121.8亿, 16.5 in 增长16.5倍, 2024 in 2024年.
const NUMBER = String.raw`\d+(?:\.\d+)?%?`;
// A Chinese run: an optional number, then Han; inside it, numbers that lead on to more Han or to a range or ratio
// (1—5月, 1∶3), and the range or ratio mark with the number after it.
const RUN = new RegExp(String.raw`(?:${NUMBER})?${HAN}(?:${HAN}|${NUMBER}(?=[—–∶]|${HAN})|[—–∶]${NUMBER})*`, 'gu');

/** A piece of mixed English and Chinese text: `zh` when it is a Chinese run. */
export interface TextRun {
  text: string;
  zh: boolean;
}

/**
 * Splits English text with Chinese in it into runs, so each Chinese run can be marked lang="zh-Hans" translate="no":
 * "The source prints 121.8亿; the 元 …" → "The source prints ", "121.8亿" (zh), "; the ", "元" (zh), " …".
 */
export function chineseRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let at = 0;
  for (const match of text.matchAll(RUN)) {
    if (match.index > at) runs.push({ text: text.slice(at, match.index), zh: false });
    runs.push({ text: match[0], zh: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), zh: false });
  return runs;
}
