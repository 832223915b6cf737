import { z } from 'astro/zod';
import { kebabId } from '../lib/ids';

/** A comma-separated list of figure ids in a directive attribute: figures="a, b, c". */
export const figureList = z
  .string()
  .transform((text) =>
    text
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean),
  )
  .pipe(z.array(kebabId).min(1, 'name at least one figure id'));

/** One figure id in a directive attribute. */
export const figureRef = z.string().trim().pipe(kebabId);

/** Free text for a label or annotation in a directive attribute. */
export const attributeText = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');

/** A "|"-separated list of short labels in a directive attribute: labels="Built|Under way". */
export const labelList = z
  .string()
  .transform((text) => text.split('|').map((label) => label.trim()))
  .pipe(z.array(z.string().min(1, 'a label is empty')));

/** The author's mistake when `list` names ids outside `of` (highlight outside figures), or undefined. */
export function notAmong(
  listName: string,
  list: readonly string[],
  ofName: string,
  of: readonly string[],
): string | undefined {
  const outside = list.filter((id) => !of.includes(id));
  return outside.length > 0 ? `${listName} names ${outside.join(', ')}, which is not among ${ofName}` : undefined;
}

/** The author's mistake when a "|" list such as labels has a different length from what it labels, or undefined. */
export function labelCountMismatch(
  labels: readonly string[] | undefined,
  ofName: string,
  count: number,
): string | undefined {
  return labels && labels.length !== count
    ? `labels has ${labels.length} entries for ${count} ${ofName}; separate them with |`
    : undefined;
}

/** A short note an author ties to a mark on a step's chart: `target` names the mark (a figure id, or a map place). */
export interface Annotation {
  target: string;
  text: string;
}

/** The most notes one step may put on its chart; more would crowd it. */
const MAX_ANNOTATIONS = 3;

const annotationText = attributeText
  .pipe(z.string().max(90, 'a note must be at most 90 characters; say the rest in the step'))
  .refine((text) => !/[0-9\uFF10-\uFF19]/.test(text), {
    message: 'a note may not hold a numeral: every number on a chart comes from a figure; say in words what to notice',
  });

/** The notes of a step: annotate="figure-id: what to notice | other-id: another note". */
export const annotationList = z
  .string()
  .transform((text) =>
    text.split('|').map((entry) => {
      const colon = entry.indexOf(':');
      return colon < 0 ? { target: '', text: entry } : { target: entry.slice(0, colon), text: entry.slice(colon + 1) };
    }),
  )
  .pipe(
    z
      .array(
        z.object({
          target: z
            .string()
            .trim()
            .min(1, 'start each note with the id of its mark and a colon: "figure-id: note"')
            .pipe(kebabId),
          text: annotationText,
        }),
      )
      .min(1)
      .max(MAX_ANNOTATIONS, `at most ${MAX_ANNOTATIONS} notes on one chart`),
  );
