import { z } from 'astro/zod';
import { kebabId } from '../lib/ids';

/** Why a number in a source is not a figure; each reason is one a reader can check against the text. */
export const EXCLUSION_REASONS = {
  date: { en: 'a date or a period the scanner does not read as one', zh: '日期或时段（程序未能识别为日期）' },
  section: { en: 'a document, section, chapter or list number', zh: '文件、章节或条目序号' },
  reference: {
    en: 'a reference: a meeting, a plan, a law or a publication named by its number',
    zh: '以数字命名的会议、规划、法规或出版物',
  },
  repeat: {
    en: 'a repeat of a figure stated elsewhere in the same document',
    zh: '与本文件他处已有数据重复',
  },
  name: { en: 'a name, slogan or class containing a number', zh: '含数字的名称、口号或类别' },
  threshold: {
    en: 'a threshold or class boundary in a definition, not a measured amount',
    zh: '定义中的门槛或分类界限，而非统计数量',
  },
  garbled: {
    en: 'cut off from the words it counts where the print layout broke the text, so no quote can hold both',
    zh: '因排版断行，数字与其计量对象被隔开，无法在一句原文中完整引出',
  },
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
    note_zh: z.string().trim().min(1).optional().describe('the note for Chinese readers: required with note'),
  })
  .refine((record) => record.reason !== 'repeat' || record.figure !== undefined, {
    message: 'a repeat must name the figure it repeats: figure: <id>',
    path: ['figure'],
  })
  .refine((record) => !record.note === !record.note_zh, {
    message: 'must give the note in Chinese whenever note is given, and only then',
    path: ['note_zh'],
  });

/** A validated exclusion. */
export type Exclusion = z.infer<typeof exclusionSchema>;
