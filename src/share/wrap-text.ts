import { breakUnits, joinUnits, type BreakUnit } from '../lib/break-units';
import { withoutCutFigure } from './excerpt';

/**
 * Breaks `text` into at most `maxLines` lines no wider than `maxWidth` (a longer unit keeps a line to itself), with an
 * ellipsis if it had to cut: English at spaces, Chinese between characters but never before closing punctuation or
 * between a number and its unit (see breakUnits).
 */
export function wrapText(
  text: string,
  measure: (line: string) => number,
  maxWidth: number,
  maxLines: number,
): string[] {
  const lines: BreakUnit[][] = [];
  let line: BreakUnit[] = [];
  for (const unit of breakUnits(text)) {
    if (line.length === 0 || measure(joinUnits([...line, unit])) <= maxWidth) {
      line.push(unit);
      continue;
    }
    if (lines.length === maxLines - 1) return [...lines.map(joinUnits), ellipsize(line, measure, maxWidth)];
    lines.push(line);
    line = [{ ...unit, spaced: false }];
  }
  return (line.length > 0 ? [...lines, line] : lines).map(joinUnits);
}

/** Ends a cut line with "…", dropping its last units until it fits, and any figure the cut may have parted from its unit. */
function ellipsize(line: readonly BreakUnit[], measure: (line: string) => number, maxWidth: number): string {
  const units = [...line];
  while (units.length > 1 && measure(`${joinUnits(units)}…`) > maxWidth) units.pop();
  const kept = withoutCutFigure(units.map((unit) => unit.text));
  return `${joinUnits(units.slice(0, kept.length)).replace(/[,;:.–—\-，、；：。]+$/u, '')}…`;
}
