import { z } from 'astro/zod';
import { kebabId } from '../lib/ids';
import { TOPIC_IDS } from '../lib/topics';
import { PLACE_IDS } from '../lib/places';
import { PERIOD_PATTERN, parsePeriod } from './period';
import { parseUnit } from './units';

/** What kind of number a figure is; targets, plans and forecasts are never outcomes. */
export const FIGURE_KINDS = {
  level: { en: 'level', zh: '总量' },
  cumulative: { en: 'cumulative total', zh: '累计值' },
  growth: { en: 'growth rate', zh: '增速' },
  share: { en: 'share', zh: '占比' },
  gap: { en: 'percentage-point gap', zh: '百分点差值' },
  contribution: { en: 'contribution to growth', zh: '拉动增长' },
  multiple: { en: 'multiple', zh: '倍数' },
  target: { en: 'target or plan', zh: '目标或计划' },
  forecast: { en: 'forecast', zh: '预计值' },
  rank: { en: 'rank', zh: '位次' },
} as const;

/** How the source hedges a number: 近 nearly, 超 over, 以上 at least, 左右 about … (src/figures/hedge.ts maps each hedge). */
const QUALIFIERS = ['about', 'nearly', 'over', 'at least', 'up to', 'under'] as const;

/** A number exactly as printed: Arabic digits, Chinese numerals such as 七 or 二十一, or a ratio 1∶N. */
const PRINTED_NUMBER = /^(?:-?\d+(?:\.\d+)?|[〇零一二两三四五六七八九十百千]+|1∶\d+(?:\.\d+)?)$/;

/** One curated figure, as an author writes it in data/figures/*.yaml. */
export const figureSchema = z
  .strictObject({
    id: kebabId,
    label: z.string().trim().min(3, 'must say in English what is measured'),
    label_zh: z
      .string({ error: 'must say in Chinese what is measured, in the document’s own words where it can' })
      .trim()
      .min(1, 'must say in Chinese what is measured, in the document’s own words where it can'),
    value: z
      .string({ error: 'must be the number exactly as printed, in quotes, e.g. value: "35.0"' })
      .regex(PRINTED_NUMBER, 'must be the number exactly as printed, e.g. "35.0", "七" or the ratio "1∶3"'),
    unit: z.string().superRefine((text, ctx) => {
      try {
        parseUnit(text);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message });
      }
    }),
    kind: z.enum(Object.keys(FIGURE_KINDS) as [keyof typeof FIGURE_KINDS, ...(keyof typeof FIGURE_KINDS)[]]),
    qualifier: z.enum(QUALIFIERS).optional(),
    direction: z.enum(['up', 'down']).optional().describe('for growth: down when the source says 下降 or 减少'),
    period: z
      .string({ error: 'must be a period such as "2023", "2024-06" or "2024-01/2024-05", in quotes' })
      .regex(PERIOD_PATTERN, 'must be a period such as "2023", "2024-06" or "2024-01/2024-05"')
      .refine((text) => {
        try {
          parsePeriod(text);
          return true;
        } catch {
          return false;
        }
      }, 'ends before it starts'),
    place: z.enum(PLACE_IDS),
    locality: z.string().trim().min(1).optional().describe('a district, county, park or company within the place'),
    locality_zh: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe('the locality in Chinese, as the document names it: required with locality'),
    source: kebabId,
    quote: z.string().trim().min(4, 'must be the verbatim sentence or clause the figure comes from'),
    note: z.string().trim().min(1).optional(),
    note_zh: z.string().trim().min(1).optional().describe('the note for Chinese readers: required with note'),
    topics: z
      .array(z.enum(TOPIC_IDS))
      .min(1, 'list at least one topic')
      .refine((list) => new Set(list).size === list.length, 'lists the same topic twice'),
  })
  // Chinese readers see the locality too: a figure that names one in English names it as its document does.
  .refine((figure) => !figure.locality || figure.locality_zh, {
    path: ['locality_zh'],
    message: 'must name the locality in Chinese, as the document does, whenever locality is given',
  })
  .refine((figure) => !figure.note === !figure.note_zh, {
    path: ['note_zh'],
    message: 'must give the note in Chinese whenever note is given, and only then',
  });

/** A validated figure. */
export type Figure = z.infer<typeof figureSchema>;

/** A kind of figure. */
export type FigureKind = keyof typeof FIGURE_KINDS;

/** The kinds that say what a document expects (a target, a plan: 力争, 计划; a forecast: 预计), not what happened. */
export type AheadKind = 'target' | 'forecast';

/** True for a target, plan or forecast: a number that is never shown as an outcome. */
export function isAhead(kind: FigureKind): kind is AheadKind {
  return kind === 'target' || kind === 'forecast';
}
