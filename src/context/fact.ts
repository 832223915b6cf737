import { z } from 'astro/zod';
import { calendarDateOrMonth } from '../lib/calendar-date';
import { kebabId } from '../lib/ids';

/** A fact from outside the five documents, allowed only with a cited public source, quoted verbatim. */
export const factSchema = z.strictObject({
  id: kebabId,
  claim: z.string().trim().min(10, 'must state the fact in a plain English sentence'),
  claim_zh: z
    .string({ error: 'must state the fact in a plain Chinese sentence' })
    .trim()
    .min(5, 'must state the fact in a plain Chinese sentence'),
  quote: z.string().trim().min(4, 'must be the verbatim words of the cited source that support the claim'),
  source: z.strictObject({
    title: z.string().trim().min(1),
    publisher: z.string().trim().min(1),
    /** The publisher as Chinese readers know it: 人民网内蒙古频道. */
    publisher_zh: z.string({ error: 'must name the publisher in Chinese' }).trim().min(1),
    date: calendarDateOrMonth,
    url: z.url({ protocol: /^https?$/, error: 'must be the http(s) address of the cited page' }),
  }),
});

/** A cited outside fact. */
export type Fact = z.infer<typeof factSchema>;
