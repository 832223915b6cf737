import { z } from 'astro/zod';
import { calendarDate } from '../lib/calendar-date';
import { CARD_TEXT, CARD_TEXT_ZH, drawableIn } from '../lib/fonts';
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

/**
 * The frontmatter of a story's Chinese edition (stories/zh/<file>.md): its own title, dek and byline, and the first 12 hex
 * digits of the SHA-256 of the English file it was translated from, so an English edit it has not caught up with is
 * reported. Everything else is the English file's.
 */
export const translationFrontmatter = z.strictObject(
  {
    title: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(60, 'must be at most 60 characters')
      .superRefine(drawableIn(CARD_TEXT_ZH.title)),
    dek: z
      .string()
      .trim()
      .min(10, 'must be a one-sentence summary of at least 10 characters')
      .max(140, 'must be at most 140 characters')
      .superRefine(drawableIn(CARD_TEXT_ZH.text)),
    // The byline as Chinese readers read it: each of the English story's authors, in the same order.
    authors: uniqueList(z.string().trim().min(1, 'must not be empty'), 'author'),
    source_hash: z
      .string({ error: 'must be written in quotes, source_hash: "…": YAML reads a hash of digits as a number' })
      .regex(
        /^[0-9a-f]{12}$/,
        'must be the first 12 hex digits of the English file’s SHA-256 (sha256sum stories/<file>.md | cut -c1-12)',
      ),
  },
  {
    error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown field(s): ${issue.keys.join(', ')}` : undefined),
  },
);

/** A story file's frontmatter as read, with the file line of each field. */
interface ReadFrontmatter {
  frontmatter: Record<string, unknown>;
  line(path: readonly PropertyKey[]): number;
}

/**
 * Checks a story file's frontmatter with `schema`, as Astro's parseData will, but naming the file line of each
 * mistake: Astro's own message names the entry and the field, not the line.
 */
export function frontmatterProblems(schema: z.ZodType, story: ReadFrontmatter, file: string): string[] {
  const result = schema.safeParse(story.frontmatter);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const path = issue.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : issue.path;
    return `${file}:${story.line(path)}: ${issue.path.map(String).join('.') || '(frontmatter)'}: ${issue.message}`;
  });
}
