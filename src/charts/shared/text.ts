// Advances in ems, from the widest of the system sans-serifs readers' charts fall back to (DejaVu Sans, which Linux
// gives system-ui): a layout that fits it fits Roboto, San Francisco and Segoe UI too. Other Latin letters average
// LATIN_EM, capitals CAPITAL_EM; CJK characters are a full em.
const LATIN_EM = 0.56;
const CAPITAL_EM = 0.7;
const DIGIT_EM = 0.64;
const ADVANCES: Record<string, number> = { ' ': 0.32, '%': 0.95, '.': 0.32, ',': 0.32, ':': 0.34, '–': 0.5, '—': 1 };
// Bold glyphs run about a tenth wider.
const BOLD = 1.1;

/** The approximate width of a text at a font size, for layout before any browser measures it; `bold` for values. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const char of text) {
    if (/[\u2E80-\u9FFF\uFF00-\uFFEF]/.test(char)) ems += 1;
    else if (/[0-9]/.test(char)) ems += DIGIT_EM;
    else if (/[A-Z]/.test(char)) ems += CAPITAL_EM;
    else ems += ADVANCES[char] ?? LATIN_EM;
  }
  return ems * fontSize * (bold ? BOLD : 1);
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
