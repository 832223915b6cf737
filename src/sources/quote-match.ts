/** Characters that print layouts insert or drop freely: every kind of white space, CJK full-width space included. */
const SPACE = /[\s\u3000\u00a0\u200b]/;

/** A text with its white space removed, and for each remaining character its offset in the original. */
export interface Squeezed {
  text: string;
  offsets: number[];
}

/** Removes white space, remembering where each kept character stood. */
export function squeeze(text: string): Squeezed {
  let out = '';
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (SPACE.test(char)) continue;
    out += char;
    offsets.push(i);
  }
  return { text: out, offsets };
}

/** Where `quote` stands in `source`, ignoring white space: offsets into the original source, end exclusive. */
export function findQuote(source: Squeezed, quote: string): { start: number; end: number } | undefined {
  const needle = squeeze(quote).text;
  if (needle === '') return undefined;
  const at = source.text.indexOf(needle);
  if (at < 0) return undefined;
  return { start: source.offsets[at]!, end: source.offsets[at + needle.length - 1]! + 1 };
}

/** For a quote that is not in the source, the longest prefix of it that is, to show where they part. */
export function longestMatchingPrefix(source: Squeezed, quote: string): string {
  const needle = squeeze(quote).text;
  let low = 0;
  let high = needle.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (source.text.includes(needle.slice(0, mid))) low = mid;
    else high = mid - 1;
  }
  return needle.slice(0, low);
}

/** Where `value` stands in the squeezed `text` as a whole number, not as part of a longer one ("7.2" is not in "17.2"). */
export function numberPositions(text: string, value: string): number[] {
  const unsigned = value.replace(/^-/, '');
  const isArabic = /^\d/.test(unsigned);
  const positions: number[] = [];
  for (let at = text.indexOf(unsigned); at >= 0; at = text.indexOf(unsigned, at + 1)) {
    const before = text[at - 1] ?? '';
    const after = text.slice(at + unsigned.length, at + unsigned.length + 2);
    if (isArabic && (/[\d.]/.test(before) || /^\d/.test(after) || /^\.\d/.test(after))) continue;
    positions.push(at);
  }
  return positions;
}

/** True when `value` stands in `text` as a whole number, not as part of a longer one ("7.2" is not in "17.2"). */
export function containsNumber(text: string, value: string): boolean {
  return numberPositions(squeeze(text).text, value).length > 0;
}
