import { z } from 'astro/zod';
import { calendarDate } from '../lib/calendar-date';
import { CARD_TEXT, drawableIn } from '../lib/fonts';
import { kebabId } from '../lib/ids';
import { TOPIC_IDS } from '../lib/topics';

const uniqueList = <T extends z.ZodType>(item: T, what: string) =>
  z
    .array(item)
    .min(1, `list at least one ${what}`)
    .refine((list) => new Set(list).size === list.length, `lists the same ${what} twice`);

/**
 * The frontmatter schema of a story; the stories loader checks that its hero figure and sources exist, and that each
 * moved step's old id is free and its new step is one of the story's.
 */
export const storyFrontmatter = z
  .strictObject(
    {
      title: z
        .string()
        .trim()
        .min(1, 'must not be empty')
        .max(120, 'must be at most 120 characters')
        .superRefine(drawableIn(CARD_TEXT.title)),
      dek: z
        .string()
        .trim()
        .min(20, 'must be a one-sentence summary of at least 20 characters')
        .max(240, 'must be one sentence of at most 240 characters')
        .superRefine(drawableIn(CARD_TEXT.text)),
      slug: kebabId,
      published: calendarDate,
      updated: calendarDate.optional(),
      authors: uniqueList(z.string().trim().min(1, 'must not be empty'), 'author'),
      topics: uniqueList(z.enum(TOPIC_IDS), 'topic'),
      hero: kebabId,
      sources: uniqueList(kebabId, 'source'),
      // Links to a step outlive the step: each old id is sent on to the step that now carries its words.
      moved: z.record(kebabId, kebabId).optional(),
    },
    {
      error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown field(s): ${issue.keys.join(', ')}` : undefined),
    },
  )
  .refine((story) => !story.updated || story.updated >= story.published, {
    path: ['updated'],
    message: 'must not be earlier than published',
  });
