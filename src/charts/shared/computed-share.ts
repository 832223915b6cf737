import { fill } from '../../i18n/dictionary';
import type { ChartDatum } from '../datum';
import type { ChartText } from '../frame';

/** A share computed from two figures, marked as computed so no one mistakes it for a printed figure. */
export function computedShare(percent: number, text: ChartText): string {
  const rounded = Math.round(percent * 10) / 10;
  const value = `${Number.isInteger(rounded) ? `${rounded}` : rounded.toFixed(1)}%`;
  return fill(text.marks.computed, { value: rounded === percent ? value : fill(text.marks.about, { value }) });
}

/** A part and its whole in words: "227 of 229", or "227 of the 229 planned" when the whole is a target, not an outcome. */
export function partOfWhole(part: ChartDatum, whole: ChartDatum, text: ChartText): string {
  return fill(whole.ahead === 'target' ? text.marks.partOfPlanned : text.marks.partOf, {
    part: part.valueText,
    whole: whole.valueText,
  });
}
