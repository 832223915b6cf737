import { fill } from '../../i18n/dictionary';
import type { ChartText } from '../frame';

/** A step's description with the author's note after it, when the step has one. */
export function withNote(description: string, note: string | undefined, text: ChartText): string {
  return note ? fill(text.describe.note, { text: description, note }) : description;
}

/** A value as a reader hears it beside its mark, marked when it is a target: "7% (target)". */
export function markedValue(value: string, target: boolean, text: ChartText): string {
  return target ? fill(text.marks.target, { value }) : value;
}

/** A mark as a screen reader hears it: "label: value", the value marked when it is a target. */
export function spokenMark(label: string, value: string, target: boolean, text: ChartText): string {
  return fill(text.describe.item, { label, value: markedValue(value, target, text) });
}
