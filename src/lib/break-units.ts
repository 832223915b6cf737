/** A piece of text a line may not break inside, and whether a space stood before it. */
export interface BreakUnit {
  text: string;
  /** True when the text had white space before this piece: a line that goes on across it keeps one space there. */
  spaced: boolean;
}

/** Chinese, Japanese and Korean characters and full-width forms, as a character class's ranges: a line may break between any two of them, and no space stands between them. */
export const CJK_CHARS = '\\u2E80-\\u9FFF\\uF900-\\uFAFF\\uFF00-\\uFFEF\\u3000-\\u303F';
const CJK = new RegExp(`[${CJK_CHARS}]`, 'u');
// Punctuation that never starts a line (it closes or ends what stands before it), and that never ends one.
const NO_START = /^[，。、；：！？）》」』】〉”’％%…·,.;:!?)\]}]/u;
const NO_END = /[（《「『【〈“‘([{]$/u;
// What may follow a number as its unit, scale or hedge, so "2762亿元", "1.0个百分点" or "5.5%左右" stays on one line.
const UNIT =
  '万亿千百十个元吨瓦时伏米平方公里亩倍户家人次项座条处台辆套批件名张只份支类栋间点位天年月日岁分钟小标准箱度左右以上下余多';
const UNIT_START = new RegExp(`^[${UNIT}]`, 'u');
const NUMBER_OR_UNIT_END = new RegExp(`[\\d.%％∶${UNIT}]$`, 'u');

/**
 * Splits `text` into the pieces a line may break between: Latin words at white space; CJK text between any two
 * characters, except before closing punctuation, after opening punctuation, and between a number and its unit.
 */
export function breakUnits(text: string): BreakUnit[] {
  const units: BreakUnit[] = [];
  for (const [index, word] of text.trim().split(/\s+/).filter(Boolean).entries()) {
    // Each Han character, and each run of anything else, can stand apart.
    const pieces = [...word].reduce<string[]>((runs, char) => {
      const last = runs.at(-1);
      if (last !== undefined && !CJK.test(char) && !CJK.test(last.at(-1)!)) runs[runs.length - 1] = last + char;
      else runs.push(char);
      return runs;
    }, []);
    pieces.forEach((piece, at) => {
      const previous = at > 0 ? units.at(-1) : undefined;
      const unitOfNumber =
        previous && /\d/.test(previous.text) && UNIT_START.test(piece) && NUMBER_OR_UNIT_END.test(previous.text);
      const joins = previous && (NO_START.test(piece) || NO_END.test(previous.text) || unitOfNumber);
      if (joins) previous.text += piece;
      else units.push({ text: piece, spaced: index > 0 && at === 0 });
    });
  }
  return units;
}

/** Joins break units back into a line, with a space where the text had one. */
export function joinUnits(units: readonly BreakUnit[]): string {
  return units.map((unit, index) => (index > 0 && unit.spaced ? ` ${unit.text}` : unit.text)).join('');
}
