import { z } from 'astro/zod';
import { kebabId } from '../lib/ids';

/** Why a number in a source is not a figure; each reason is one a reader can check against the text. */
export const EXCLUSION_REASONS = {
  date: 'a date or a period the scanner does not read as one',
  section: 'a document, section, chapter or list number',
  reference: 'a reference: a meeting, a plan, a law or a publication named by its number',
  repeat: 'a repeat of a figure stated elsewhere in the same document',
  name: 'a name, slogan or class containing a number',
  threshold: 'a threshold or class boundary in a definition, not a measured amount',
  garbled: 'cut off from the words it counts where the print layout broke the text, so no quote can hold both',
} as const;

/** A number of a source that is not a figure, with its reason, as written in data/exclusions/<source-id>.yaml. */
export const exclusionSchema = z
  .strictObject({
    numbers: z
      .array(z.string().trim().min(1))
      .min(1, 'list the numbers as the scanner prints them, e.g. numbers: ["2023年"]'),
    quote: z.string().trim().min(2, 'must be the verbatim words around the numbers'),
    reason: z.enum(Object.keys(EXCLUSION_REASONS) as [keyof typeof EXCLUSION_REASONS]),
    figure: kebabId.optional().describe('for a repeat: the figure it repeats'),
    note: z.string().trim().min(1).optional(),
  })
  .refine((record) => record.reason !== 'repeat' || record.figure !== undefined, {
    message: 'a repeat must name the figure it repeats: figure: <id>',
    path: ['figure'],
  });

/** A validated exclusion. */
export type Exclusion = z.infer<typeof exclusionSchema>;
