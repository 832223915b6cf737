import { numberPositions, squeeze } from '../sources/quote-match';
import { decimalToString, type Decimal } from './decimal';
import type { Figure, FigureKind } from './figure';
import { HEDGES } from './hedge';
import { parsePeriod } from './period';
import { parseUnit } from './units';

/**
 * The verbs a report prints a change with, right before its number ("同比增长7.2%", "提高1.0个百分点"); longest first, so
 * 增长 is not read as 长. Kept with the number, so a fall reads as one in Chinese as it does in English ("down 2.1%").
 */
const CHANGE_VERBS = [
  '增长',
  '增加',
  '提高',
  '提升',
  '上升',
  '下降',
  '减少',
  '降低',
  '回落',
  '下滑',
  '拉动',
  '高于',
  '低于',
  '快于',
  '扩大',
  '缩小',
  '增',
  '降',
];

/** Kinds of figure that are a change or a gap: their number keeps the verb the report prints before it. */
const CHANGE_KINDS: ReadonlySet<FigureKind> = new Set(['growth', 'gap', 'contribution']);

/**
 * The text before a later number of a list that one verb leads ("分别增长138.1%、22.1%和"): the verb, then earlier
 * numbers each with at most a unit and a hedge (8 characters: 个百分点左右) and a separator. Its first group is the verb.
 */
const LISTED_AFTER_VERB = new RegExp(
  `(${CHANGE_VERBS.join('|')})(?:[\\d.]+[^\\d.、和及与，。；,;的]{0,8}[、和及与])+$`,
);

/** The verb a change's number carries in `lead`: printed right before it, or once before the list it stands in. */
function changeVerb(lead: string): string {
  return CHANGE_VERBS.find((word) => lead.endsWith(word)) ?? LISTED_AFTER_VERB.exec(lead)?.[1] ?? '';
}

/** The figure fields the Chinese rendering reads. */
type PrintedFigure = Pick<Figure, 'value' | 'unit' | 'kind' | 'quote'>;

/** Where the number stands in the squeezed quote: the first place its unit follows it, else the first place at all. */
function numberAt(text: string, value: string, unit: string): number | undefined {
  const number = value.replace(/^-/, '');
  const positions = numberPositions(text, value);
  const followed = positions.find((at) => {
    const rest = text.slice(at + number.length);
    return rest.startsWith(unit) || HEDGES.between.some(([hedge]) => rest.startsWith(hedge + unit));
  });
  return followed ?? positions[0];
}

/**
 * A figure's value as its document prints it, for Chinese readers: the verb of a change, the hedge, the number and
 * its unit, in the quote's own characters ("增长16.5倍", "提高1.0个百分点", "超2762亿元", "1000万千瓦左右", "第2",
 * "1∶3"). Where the quote prints one unit after a list of numbers ("121.8亿、42.3亿和39.7亿元"), the number takes the
 * whole unit ("121.8亿元"); where it prints one verb before a list ("分别增长138.1%、22.1%和13.2%"), each number of a
 * change takes the verb ("增长22.1%"), so a chart's values read alike.
 */
export function formatFigureZh(figure: PrintedFigure): string {
  const text = squeeze(figure.quote).text;
  const unit = parseUnit(figure.unit);
  const number = figure.value.replace(/^-/, '');
  const at = numberAt(text, figure.value, unit.text);
  const before = at === undefined ? '' : text.slice(0, at);
  const after = at === undefined ? '' : text.slice(at + number.length);

  const hedgeBefore = HEDGES.before.find(([hedge]) => before.endsWith(hedge))?.[0] ?? '';
  const lead = before.slice(0, before.length - hedgeBefore.length);
  const verb = CHANGE_KINDS.has(figure.kind) ? changeVerb(lead) : '';
  const between = HEDGES.between.find(([hedge]) => after.startsWith(hedge + unit.text))?.[0] ?? '';
  const tail = after.slice(between.length + unit.text.length);
  const hedgeAfter = after.startsWith(between + unit.text)
    ? (HEDGES.after.find(([hedge]) => tail.startsWith(hedge))?.[0] ?? '')
    : '';

  // A ratio prints its unit inside the number (1∶3); 第 stands before a rank's number, not after it.
  if (unit.dimension === 'ratio') return `${hedgeBefore}${figure.value}${hedgeAfter}`;
  if (unit.text === '第') return `${hedgeBefore}第${figure.value}`;
  const ordinal = unit.dimension === 'rank' && lead.endsWith('第') && !hedgeBefore ? '第' : '';
  return `${verb}${hedgeBefore}${ordinal}${figure.value}${between}${unit.text}${hedgeAfter}`;
}

/**
 * A period as Chinese reports write it: "2023年", "2024年6月", "2024年1—5月", "2024年上半年", "2019—2023年"; a running
 * total at one month or year is "截至2024年6月", "截至2023年底".
 */
export function periodLabelZh(period: string, kind?: FigureKind): string {
  const { from, to } = parsePeriod(period);
  const single = from.year === to.year && from.month === to.month;
  if (single && kind === 'cumulative') return from.month ? `截至${from.year}年${from.month}月` : `截至${from.year}年底`;
  if (single) return from.month ? `${from.year}年${from.month}月` : `${from.year}年`;
  if (from.year === to.year) {
    if (from.month === 1 && to.month === 6) return `${from.year}年上半年`;
    if (from.month === 7 && to.month === 12) return `${from.year}年下半年`;
    if (from.month === 1 && to.month === 12) return `${from.year}年`;
    if (from.month && to.month) return `${from.year}年${from.month}—${to.month}月`;
  }
  if (!from.month && !to.month) return `${from.year}—${to.year}年`;
  const end = (p: { year: number; month: number }) => (p.month ? `${p.year}年${p.month}月` : `${p.year}年`);
  return `${end(from)}—${end(to)}`;
}

/** Chinese scale words for computed amounts, largest first; never 兆, which means mega on the mainland. */
const MYRIADS: [number, string][] = [
  [12, '万亿'],
  [8, '亿'],
  [4, '万'],
];

/**
 * A computed amount (a sum, a difference) in 万/亿 notation, to at most `significant` digits and never fewer than the
 * whole part needs: 2.36×10^8 → "2.36亿", 14 → "14", 34300 → "3.43万", 1.4×10^12 → "1.4万亿".
 */
export function formatAmountZh(value: Decimal, significant = 4): string {
  const digits = value.digits.replace(/^0+/, '');
  const magnitude = digits.length === 0 ? 0 : digits.length - 1 + value.exponent;
  const [power, word] = MYRIADS.find(([p]) => magnitude >= p) ?? [0, ''];
  const scaled = Number(`${digits || '0'}e${value.exponent - power}`);
  const decimals = Math.max(0, significant - 1 - (magnitude - power));
  const rounded = decimalToString({
    negative: false,
    digits: scaled.toFixed(decimals).replace('.', ''),
    exponent: -decimals,
  });
  return `${value.negative && scaled !== 0 ? '-' : ''}${rounded}${word}`;
}
