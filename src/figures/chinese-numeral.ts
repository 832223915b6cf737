const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Reads a Chinese numeral below ten thousand ("七" 7, "二十一" 21, "一百零五" 105); throws on anything else. */
export function chineseNumeral(text: string): number {
  if (text === '') throw new SyntaxError('empty Chinese numeral');
  let total = 0;
  let digit: number | undefined;
  for (const char of text) {
    if (char in DIGITS) {
      digit = DIGITS[char];
    } else if (char in UNITS) {
      // A leading 十 means one ten: 十五 is 15.
      total += (digit ?? 1) * UNITS[char]!;
      digit = undefined;
    } else {
      throw new SyntaxError(`"${text}" is not a Chinese numeral`);
    }
  }
  return total + (digit ?? 0);
}
