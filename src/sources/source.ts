import { z } from 'astro/zod';
import { calendarDateOrMonth } from '../lib/calendar-date';
import { kebabId } from '../lib/ids';

/** Metadata of one primary source document, as recorded in data/sources/sources.yaml. */
export const sourceSchema = z.strictObject({
  id: kebabId,
  seed: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be the 64-character hex SHA-256 of the text'),
  title_zh: z.string().trim().min(1),
  title_en: z.string().trim().min(1),
  publisher: z.string().trim().min(1),
  kind: z.enum(['newspaper', 'journal article', 'government report', 'government work report']),
  date: calendarDateOrMonth,
  period: z.string().trim().min(1),
  language: z.literal('zh-Hans'),
  defects: z.array(z.string().trim().min(1)).default([]),
});

/** One primary source document. */
export type Source = z.infer<typeof sourceSchema>;
