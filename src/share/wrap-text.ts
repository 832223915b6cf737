import { withoutCutFigure } from './excerpt';

/** Breaks `text` at spaces into at most `maxLines` lines no wider than `maxWidth` (a longer word keeps a line to itself), with an ellipsis if it had to cut. */
export function wrapText(
  text: string,
  measure: (line: string) => number,
  maxWidth: number,
  maxLines: number,
): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (!line || measure(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (lines.length === maxLines - 1) return [...lines, ellipsize(line, measure, maxWidth)];
    lines.push(line);
    line = word;
  }
  return line ? [...lines, line] : lines;
}

/** Ends a cut line with "…", dropping its last words until it fits. */
function ellipsize(line: string, measure: (line: string) => number, maxWidth: number): string {
  const words = line.split(' ');
  while (words.length > 1 && measure(`${words.join(' ')}…`) > maxWidth) words.pop();
  return `${withoutCutFigure(words)
    .join(' ')
    .replace(/[,;:.–—-]+$/, '')}…`;
}
