import { ADVANCE_CHARS, ADVANCE_OFFSET, BOLD_ADVANCES, REGULAR_ADVANCES } from './advances';

// Advances from the widest of the system sans-serifs readers' charts fall back to (DejaVu Sans, which Linux gives
// system-ui): a layout that fits it fits Roboto, San Francisco and Segoe UI too. Characters it does not list are a
// lowercase letter's average, and CJK characters a full em.
const INDEX = new Map([...ADVANCE_CHARS].map((char, i) => [char, i]));
const OTHER_EM = 0.6;
/** Chinese characters and full-width forms: a full em each, and a line may break between any two of them. */
export const CJK = /[\u2E80-\u9FFF\uFF00-\uFFEF]/;
// Punctuation a Chinese line may not start with: it closes or ends what stands before it.
const NO_START = /[，。、；：！？）》”’％]/;

/** The approximate width of a text at a font size, for layout before any browser measures it; `bold` for values. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  const advances = bold ? BOLD_ADVANCES : REGULAR_ADVANCES;
  let ems = 0;
  for (const char of text) {
    const i = INDEX.get(char);
    if (i !== undefined) ems += (advances.charCodeAt(i) - ADVANCE_OFFSET) / 100;
    else ems += CJK.test(char) ? 1 : OTHER_EM * (bold ? 1.1 : 1);
  }
  return ems * fontSize;
}

/**
 * Splits a word wider than `width` into pieces that fit: after its last dash or slash that fits (Hohhot–Baotou–), else
 * at the last character that fits, but never before closing Chinese punctuation (，。）).
 */
function breakWord(word: string, width: number, fontSize: number, bold: boolean): string[] {
  const pieces: string[] = [];
  let rest = word;
  while (rest.length > 1 && textWidth(rest, fontSize, bold) > width) {
    let fit = 1;
    while (fit < rest.length && textWidth(rest.slice(0, fit + 1), fontSize, bold) <= width) fit++;
    const dash = Math.max(...['-', '–', '—', '/'].map((mark) => rest.slice(0, fit).lastIndexOf(mark)));
    let cut = dash > 0 ? dash + 1 : fit;
    while (cut > 1 && NO_START.test(rest[cut]!)) cut--;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  pieces.push(rest);
  return pieces;
}

/**
 * Breaks a label into lines no wider than `width`, at spaces, and inside a word only where the word alone is wider.
 * Chinese, which breaks between any two characters, is set in lines of even length, not a full line and a last
 * character alone: at the narrowest width that needs no more lines.
 */
export function wrapText(text: string, width: number, fontSize: number, bold = false): string[] {
  const count = fill(text, width, fontSize, bold).length;
  for (let narrow = 0; count > 1 && CJK.test(text) && width - narrow > 0.5;) {
    const middle = (narrow + width) / 2;
    if (fill(text, middle, fontSize, bold).length > count) narrow = middle;
    else width = middle;
  }
  return fill(text, width, fontSize, bold);
}

/** Fills lines no wider than `width` greedily, as wrapText describes. */
function fill(text: string, width: number, fontSize: number, bold: boolean): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    for (const [index, piece] of breakWord(word, width, fontSize, bold).entries()) {
      // The pieces of one word join with nothing between them; words join with a space.
      const candidate = line ? `${line}${index === 0 ? ' ' : ''}${piece}` : piece;
      if (line && textWidth(candidate, fontSize, bold) > width) {
        lines.push(line);
        line = piece;
      } else {
        line = candidate;
      }
    }
  }
  if (line) lines.push(line);
  return lines;
}
