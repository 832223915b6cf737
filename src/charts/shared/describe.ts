import { fill } from '../../i18n/dictionary';
import type { AheadKind } from '../../figures/figure';
import type { ChartText } from '../frame';

/** A step's description with the author's note after it, when the step has one. */
export function withNote(description: string, note: string | undefined, text: ChartText): string {
  return note ? fill(text.describe.note, { text: description, note }) : description;
}

/** A value as a reader sees and hears it beside its mark, marked when it is not an outcome: "7% (target)". */
export function markedValue(value: string, ahead: AheadKind | undefined, text: ChartText): string {
  return ahead ? fill(text.marks.ahead, { value, ahead: text.ahead[ahead] }) : value;
}

/** A mark as a screen reader hears it: "label: value", the value marked when it is not an outcome. */
export function spokenMark(label: string, value: string, ahead: AheadKind | undefined, text: ChartText): string {
  return fill(text.describe.item, { label, value: markedValue(value, ahead, text) });
}
