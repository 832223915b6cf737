import { fill } from '../../i18n/dictionary';
import type { ChartText } from '../frame';

/** A step's description with the author's note after it, when the step has one. */
export function withNote(description: string, note: string | undefined, text: ChartText): string {
  return note ? fill(text.describe.note, { text: description, note }) : description;
}
