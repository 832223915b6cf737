import { isUnit, SCALE_PREFIXES } from './units';

/** One number found in a source text, white space squeezed out. */
export interface ScannedNumber {
  /** Offsets in the squeezed text, end exclusive: the whole token, ordinal mark and unit included. */
  start: number;
  end: number;
  /** The token as printed, white space removed: "1869.2亿元", "第1位", "两个", "1-5月", "20余家". */
  text: string;
  /** The number as printed: "1869.2", "两"; each end of a range is scanned as a number of its own. */
  value: string;
  /** The unit as a figure writes it, any 多 or 余 dropped: "亿元", "万户", "个百分点"; empty when none follows. */
  unit: string;
  /** Printed after 第: an ordinal or a rank. */
  ordinal: boolean;
  /** A calendar year, month or day (2023年, 1-5月, 7月1日), which the scanner accounts for by rule. */
  date: boolean;
}

const ARABIC = /^\d+(?:\.\d+)?/;
// 一 alone is left out: before a counter it is nearly always the article "a" (一批, 一个, 一项); so is 零 alone, which
// begins words (零部件, parts) far more often than it counts nothing.
const CHINESE = /^[〇零一二两三四五六七八九十百千]+/;
const RANGE = /^[-~～—–至]/;
// The longest unit is five characters (万亿千瓦时, 万平方公里); a 多 or 余 may add one.
const LONGEST_UNIT = 6;

/** The longest unit at `at` in `text`, with a 多 or 余 after its scale or the number left out ("20余家" → "家"). */
function readUnit(text: string, at: number): { unit: string; end: number } | undefined {
  let found: { unit: string; end: number } | undefined;
  for (let length = 1; length <= LONGEST_UNIT && at + length <= text.length; length++) {
    const printed = text.slice(at, at + length);
    const scale = SCALE_PREFIXES.find((prefix) => printed.startsWith(prefix)) ?? '';
    const rest = printed.slice(scale.length);
    const unit = scale + (/^[多余]/.test(rest) ? rest.slice(1) : rest);
    if (unit !== '' && !/^[多余]$/.test(unit) && isUnit(unit)) found = { unit, end: at + length };
  }
  // 两位数 is "two digits" (double-digit growth), not a rank or a count of people.
  if (found?.unit === '位' && text[found.end] === '数') return undefined;
  return found;
}

/** A number (Arabic, or Chinese before a unit) starting exactly at `at`, and where it ends. */
function readValue(text: string, at: number): { value: string; end: number; chinese: boolean } | undefined {
  const rest = text.slice(at);
  const arabic = ARABIC.exec(rest);
  if (arabic) return { value: arabic[0], end: at + arabic[0].length, chinese: false };
  const chinese = CHINESE.exec(rest);
  if (chinese) return { value: chinese[0], end: at + chinese[0].length, chinese: true };
  return undefined;
}

/** Whether a number with this unit (or the character after it) is a calendar date rather than a quantity. */
function isDate(values: string[], unit: string, next: string, chinese: boolean): boolean {
  if (chinese) return false;
  const numbers = values.map(Number);
  if (unit === '年')
    return values.every((value) => /^\d{4}$/.test(value)) && numbers.every((n) => n >= 1900 && n <= 2100);
  if (unit !== '') return false;
  if (next === '月') return numbers.every((n) => Number.isInteger(n) && n >= 1 && n <= 12);
  if (next === '日' || next === '号') return numbers.every((n) => Number.isInteger(n) && n >= 1 && n <= 31);
  return false;
}

/**
 * Every number in a squeezed source text: each Arabic numeral, and each Chinese numeral with a counter or unit after
 * it, with its unit, whether 第 marks it as an ordinal, and whether it is a calendar date. A range ("3-5年") gives
 * two numbers sharing its text and unit; a ratio 1∶N is one number.
 */
export function scanNumbers(text: string): ScannedNumber[] {
  const found: ScannedNumber[] = [];
  let at = 0;
  while (at < text.length) {
    const previous = text[at - 1] ?? '';
    // A digit run is read whole from its first digit, so 2023 is never also read as 023.
    const first = /[\d.]/.test(previous) && /\d/.test(text[at]!) ? undefined : readValue(text, at);
    if (!first || (first.chinese && CHINESE.test(previous))) {
      at++;
      continue;
    }
    const ratio = first.chinese ? undefined : /^[∶:：](\d+(?:\.\d+)?)/.exec(text.slice(first.end));
    if (first.value === '1' && ratio) {
      // 1∶3 is one number, a ratio, whose unit stands inside it.
      const end = first.end + ratio[0].length;
      found.push({
        start: at,
        end,
        text: text.slice(at, end),
        value: `1∶${ratio[1]}`,
        unit: '∶',
        ordinal: false,
        date: false,
      });
      at = end;
      continue;
    }
    const values = [first.value];
    let end = first.end;
    const range = RANGE.exec(text.slice(end));
    const second = range ? readValue(text, end + 1) : undefined;
    if (range && second && second.chinese === first.chinese) {
      values.push(second.value);
      end = second.end;
    }
    const unit = readUnit(text, end);
    const ordinal = previous === '第';
    const chineseWithoutUnit = first.chinese && !unit;
    const article = first.chinese && values.length === 1 && /^[一零〇]$/.test(first.value);
    if (chineseWithoutUnit || article) {
      at = end;
      continue;
    }
    const start = ordinal ? at - 1 : at;
    const tokenEnd = unit?.end ?? end;
    const date = !ordinal && isDate(values, unit?.unit ?? '', text[end] ?? '', first.chinese);
    const printed = text.slice(start, date && !unit ? tokenEnd + 1 : tokenEnd);
    for (const value of values) {
      found.push({
        start,
        end: start + printed.length,
        text: printed,
        value,
        unit: unit?.unit ?? '',
        ordinal,
        date,
      });
    }
    at = start + printed.length;
  }
  return found;
}
