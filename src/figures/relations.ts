import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'astro/zod';
import { DataError, displayPath } from '../lib/text-file';
import { readYamlFolder } from '../lib/yaml-records';
import { kebabId } from '../lib/ids';
import { printedDecimals, shift, toNumber } from './decimal';
import { formatQuantity, printedValue } from './format';
import type { CheckedFigure } from './registry';
import { parseUnit } from './units';

/** Where relation files live, relative to the project root. */
const RELATIONS_DIR = resolve(process.cwd(), 'data/relations');

const id = kebabId;
/** A declared arithmetic relation between figures, as written in data/relations/*.yaml. */
export const relationSchema = z.discriminatedUnion('kind', [
  z.strictObject({ id, kind: z.literal('share'), stated: id, part: id, whole: id }),
  z.strictObject({ id, kind: z.literal('gap'), stated: id, a: id, b: id }),
  z
    .strictObject({
      id,
      kind: z.literal('sum'),
      stated: id,
      parts: z.array(id).min(1, 'a sum needs at least one part to add'),
      // Parts that count against the total: a rise to take back out, say, to recompute a level from the one after it.
      minus: z.array(id).min(1, 'lists no part; leave minus out, or name the parts to subtract').optional(),
    })
    .refine((sum) => sum.parts.length + (sum.minus?.length ?? 0) >= 2, {
      message: 'a sum needs at least two parts (in parts and minus together)',
      path: ['parts'],
    }),
  z.strictObject({ id, kind: z.literal('ratio'), stated: id, a: id, b: id }),
  z.strictObject({ id, kind: z.literal('growth'), stated: id, a: id, b: id }),
]);

/** A declared relation. */
export type Relation = z.infer<typeof relationSchema>;

/** What recomputing a relation found. */
export interface RelationResult {
  relation: Relation;
  file: string;
  holds: boolean;
  /** The value the inputs give, in the stated figure's unit, rounded to one more decimal than it prints. */
  computed: string;
  /** For readers: "The source's own figures give 70.2%, not the 70.3% it states." */
  message: string;
  /** The same for Chinese readers, in the document's units: "按文件自身的数字计算，应为70.2%，与文中所列的70.3%不符。" */
  messageZh: string;
}

interface Interval {
  low: number;
  high: number;
  nominal: number;
}

// Hedged figures (about, nearly, over …) are only roughly what they say; allow them 5% either way.
const HEDGE = 0.05;

/** The range of true values a printed figure is consistent with, in its unit's base (万 and 亿 applied). */
export function figureInterval(figure: Pick<CheckedFigure, 'value' | 'unit' | 'qualifier'>): Interval {
  const unit = parseUnit(figure.unit);
  const nominal = toNumber(shift(printedValue(figure.value), unit.scale));
  // A plain count is exact; anything else was rounded to the last digit printed.
  const exact = unit.dimension === 'count' && unit.scale === 0 && /^\d+$/.test(figure.value);
  const half = exact ? 0 : 0.5 * 10 ** (unit.scale - (/^\d/.test(figure.value) ? printedDecimals(figure.value) : 0));
  const hedge = figure.qualifier ? Math.abs(nominal) * HEDGE : 0;
  return { low: nominal - half - hedge, high: nominal + half + hedge, nominal };
}

const sub = (a: Interval, b: Interval): Interval => ({
  low: a.low - b.high,
  high: a.high - b.low,
  nominal: a.nominal - b.nominal,
});
const div = (a: Interval, b: Interval): Interval => {
  if (b.low <= 0) throw new RangeError('denominator may be zero');
  return { low: a.low / b.high, high: a.high / b.low, nominal: a.nominal / b.nominal };
};
const scale = (a: Interval, k: number, plus = 0): Interval => ({
  low: a.low * k + plus,
  high: a.high * k + plus,
  nominal: a.nominal * k + plus,
});

function compute(relation: Relation, get: (id: string) => Interval): Interval {
  switch (relation.kind) {
    case 'share':
      return scale(div(get(relation.part), get(relation.whole)), 100);
    case 'gap':
      return sub(get(relation.a), get(relation.b));
    case 'sum':
      return (relation.minus ?? []).map(get).reduce(
        sub,
        relation.parts.map(get).reduce((total, part) => ({
          low: total.low + part.low,
          high: total.high + part.high,
          nominal: total.nominal + part.nominal,
        })),
      );
    case 'ratio':
      return div(get(relation.a), get(relation.b));
    case 'growth':
      return scale(div(get(relation.a), get(relation.b)), 100, -100);
  }
}

/** The figure ids a relation names, stated figure first. */
function relationFigureIds(relation: Relation): string[] {
  switch (relation.kind) {
    case 'share':
      return [relation.stated, relation.part, relation.whole];
    case 'sum':
      return [relation.stated, ...relation.parts, ...(relation.minus ?? [])];
    default:
      return [relation.stated, relation.a, relation.b];
  }
}

/** Recomputes one relation from its figures and says whether the stated value holds within rounding. */
export function checkRelation(
  relation: Relation,
  figures: ReadonlyMap<string, CheckedFigure>,
  file = '',
): RelationResult {
  const get = (figureId: string) => figureInterval(figures.get(figureId)!);
  const stated = figures.get(relation.stated)!;
  const statedRange = get(relation.stated);
  const computed = compute(relation, get);
  const holds = computed.low <= statedRange.high && computed.high >= statedRange.low;
  const statedUnit = parseUnit(stated.unit);
  const decimals = (/^\d/.test(stated.value) ? printedDecimals(stated.value) : 0) + 1;
  const inStatedUnit = computed.nominal / 10 ** statedUnit.scale;
  const shown = inStatedUnit.toFixed(Math.max(0, decimals));
  const printed = formatQuantity(stated.value, stated.unit);
  const given = formatQuantity(shown, stated.unit);
  // A recomputed count or amount reads whole in Chinese where it is (55个, not 55.0个); a rate keeps its decimals.
  const rate = ['percent', 'points', 'times'].includes(statedUnit.dimension);
  const givenZh = `${rate ? shown : String(Number(shown))}${statedUnit.text}`;
  const printedZh = `${stated.value}${statedUnit.text}`;
  return {
    relation,
    file,
    holds,
    computed: shown,
    message: holds
      ? `Checked: the source's own figures give ${given}, consistent with the ${printed} it states.`
      : `The source's own figures give ${given}, not the ${printed} it states.`,
    messageZh: holds
      ? `按文件自身的数字计算，结果为${givenZh}，与文中所列的${printedZh}相符。`
      : `按文件自身的数字计算，应为${givenZh}，与文中所列的${printedZh}不符。`,
  };
}

/** Loads every relation file in `dir`, checks each names known figures, and recomputes it. */
export function loadRelations(figures: readonly CheckedFigure[], dir: string = RELATIONS_DIR): RelationResult[] {
  if (!existsSync(dir)) return [];
  const byId = new Map(figures.map((figure) => [figure.id, figure]));
  const { files, problems } = readYamlFolder(dir, relationSchema, 'relation files');
  const results: RelationResult[] = [];
  const seen = new Set<string>();
  for (const { file, records } of files) {
    for (const record of records) {
      const relation = record.value;
      const where = `${displayPath(file)}:${record.line() ?? '?'}: relation "${relation.id}"`;
      if (seen.has(relation.id)) problems.push(`${where}: duplicate relation id`);
      seen.add(relation.id);
      const unknown = relationFigureIds(relation).filter((figureId) => !byId.has(figureId));
      if (unknown.length > 0) {
        problems.push(`${where}: names unknown figure(s) ${unknown.join(', ')}`);
        continue;
      }
      try {
        results.push(checkRelation(relation, byId, displayPath(file)));
      } catch (error) {
        problems.push(`${where}: cannot be computed (${(error as Error).message})`);
      }
    }
  }
  if (problems.length > 0)
    throw new DataError(`${problems.length} problem(s) in the relations:\n${problems.join('\n')}`);
  return results;
}
