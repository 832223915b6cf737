import { ADVANCE_CHARS, ADVANCE_OFFSET, BOLD_ADVANCES, REGULAR_ADVANCES } from './advances';

// Advances from the widest of the system sans-serifs readers' charts fall back to (DejaVu Sans, which Linux gives
// system-ui): a layout that fits it fits Roboto, San Francisco and Segoe UI too. Characters it does not list are a
// lowercase letter's average, and CJK characters a full em.
const INDEX = new Map([...ADVANCE_CHARS].map((char, i) => [char, i]));
const OTHER_EM = 0.6;

/** The approximate width of a text at a font size, for layout before any browser measures it; `bold` for values. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  const advances = bold ? BOLD_ADVANCES : REGULAR_ADVANCES;
  let ems = 0;
  for (const char of text) {
    const i = INDEX.get(char);
    if (i !== undefined) ems += (advances.charCodeAt(i) - ADVANCE_OFFSET) / 100;
    else ems += /[\u2E80-\u9FFF\uFF00-\uFFEF]/.test(char) ? 1 : OTHER_EM * (bold ? 1.1 : 1);
  }
  return ems * fontSize;
}

/**
 * Splits a word wider than `width` into pieces that fit: after its last dash or slash that fits (Hohhot–Baotou–), else
 * at the last character that fits.
 */
function breakWord(word: string, width: number, fontSize: number, bold: boolean): string[] {
  const pieces: string[] = [];
  let rest = word;
  while (rest.length > 1 && textWidth(rest, fontSize, bold) > width) {
    let fit = 1;
    while (fit < rest.length && textWidth(rest.slice(0, fit + 1), fontSize, bold) <= width) fit++;
    const dash = Math.max(...['-', '–', '—', '/'].map((mark) => rest.slice(0, fit).lastIndexOf(mark)));
    const cut = dash > 0 ? dash + 1 : fit;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  pieces.push(rest);
  return pieces;
}

/** Breaks a label into lines no wider than `width`, at spaces, and inside a word only where the word alone is wider. */
export function wrapText(text: string, width: number, fontSize: number, bold = false): string[] {
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
