// Average advance of a character in the chart font, in ems; CJK characters are a full em.
const LATIN_EM = 0.56;

/** The approximate width of a text at a font size, for layout before any browser measures it. */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += /[\u2E80-\u9FFF\uFF00-\uFFEF]/.test(char) ? 1 : LATIN_EM;
  return ems * fontSize;
}

/** Breaks a label into lines no wider than `width`, at spaces; a word wider than the line stands alone. */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}
