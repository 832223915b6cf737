import { z } from 'astro/zod';
import { calendarDateOrMonth } from '../lib/calendar-date';
import { kebabId } from '../lib/ids';

/** A known defect of a text: what is wrong, in English and in Chinese, and the words it stands in, quoted verbatim. */
const defectSchema = z.strictObject({
  text: z.string({ error: 'must say in English what is wrong' }).trim().min(1, 'must say in English what is wrong'),
  text_zh: z.string({ error: 'must say in Chinese what is wrong' }).trim().min(1, 'must say in Chinese what is wrong'),
  quote: z.string().trim().min(2, 'must be the defective words, verbatim from the text').optional(),
});

/** The kinds of document the sources are, as each edition names them. */
export const SOURCE_KINDS = {
  newspaper: { en: 'newspaper', zh: '报纸' },
  'journal article': { en: 'journal article', zh: '期刊文章' },
  'government report': { en: 'government report', zh: '政府报告' },
  'government work report': { en: 'government work report', zh: '政府工作报告' },
} as const;

/** Metadata of one primary source document, as recorded in data/sources/sources.yaml. */
export const sourceSchema = z.strictObject({
  id: kebabId,
  seed: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be the 64-character hex SHA-256 of the text'),
  title_zh: z.string().trim().min(1),
  title_en: z.string().trim().min(1),
  publisher: z.string().trim().min(1),
  /** The publisher as a Chinese reader knows it: 自治区级日报, 呼和浩特市人民政府. */
  publisher_zh: z.string().trim().min(1),
  kind: z.enum(Object.keys(SOURCE_KINDS) as [keyof typeof SOURCE_KINDS]),
  date: calendarDateOrMonth,
  period: z.string().trim().min(1),
  /** The period covered, in Chinese: 2024年1—5月及累计数据. */
  period_zh: z.string().trim().min(1),
  language: z.literal('zh-Hans'),
  defects: z.array(defectSchema).default([]),
});

/** A source's record as written, before its defects' quotes are located. */
export type SourceRecord = z.infer<typeof sourceSchema>;

/** A known defect of a source text; `passage` is where its quote stands in the text, offsets end-exclusive. */
export interface SourceDefect {
  text: string;
  text_zh: string;
  quote?: string;
  passage?: { start: number; end: number };
}

/** One primary source document, its defects' quotes located in its text. */
export type Source = Omit<SourceRecord, 'defects'> & { defects: SourceDefect[] };
