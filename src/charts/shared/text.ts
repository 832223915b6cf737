// Average advance of a character in the chart font, in ems; CJK characters are a full em.
const LATIN_EM = 0.56;

/** The approximate width of a text at a font size, for layout before any browser measures it. */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += /[\u2E80-\u9FFF\uFF00-\uFFEF]/.test(char) ? 1 : LATIN_EM;
  return ems * fontSize;
}

/**
 * Splits a word wider than `width` into pieces that fit: after its last dash or slash that fits (Hohhot–Baotou–), else
 * at the last character that fits.
 */
function breakWord(word: string, width: number, fontSize: number): string[] {
  const pieces: string[] = [];
  let rest = word;
  while (rest.length > 1 && textWidth(rest, fontSize) > width) {
    let fit = 1;
    while (fit < rest.length && textWidth(rest.slice(0, fit + 1), fontSize) <= width) fit++;
    const dash = Math.max(...['-', '–', '—', '/'].map((mark) => rest.slice(0, fit).lastIndexOf(mark)));
    const cut = dash > 0 ? dash + 1 : fit;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  pieces.push(rest);
  return pieces;
}

/** Breaks a label into lines no wider than `width`, at spaces, and inside a word only where the word alone is wider. */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    for (const [index, piece] of breakWord(word, width, fontSize).entries()) {
      // The pieces of one word join with nothing between them; words join with a space.
      const candidate = line ? `${line}${index === 0 ? ' ' : ''}${piece}` : piece;
      if (line && textWidth(candidate, fontSize) > width) {
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
