import { z } from 'astro/zod';
import { elapsedShare, parsePeriod, periodLabel } from '../../figures/period';
import { periodLabelZh } from '../../figures/format-zh';
import { fill } from '../../i18n/dictionary';
import { kebabId } from '../../lib/ids';
import { attributeText, figureList, labelCountMismatch, labelList, notAmong } from '../attributes';
import { defineChart, type ChartLocale } from '../chart';
import type { ChartDatum } from '../datum';
import type { ChartText } from '../frame';
import { computedShare, partOfWhole } from '../shared/computed-share';
import { withNote } from '../shared/describe';

/** In targets="…", the place of a figure that is itself the printed share of a target the document does not give. */
const STATED = '-';

/** Dimensions that are ratios or ranks: a share of a target cannot be computed from them. */
const NOT_AMOUNTS = new Set<ChartDatum['dimension']>(['percent', 'points', 'times', 'rank']);

/** What a step of a progress chart shows: figures reached, each with the target it counts towards. */
export interface ProgressState {
  figures: string[];
  /** One per figure: the target's figure id, or "-" for a figure that is a stated share of an unprinted target. */
  targets: string[];
  highlight: string[];
  labels?: string[] | undefined;
  note?: string | undefined;
}

/** One bar as the component draws it: how far along its target it is, and what to print beside it. */
export interface ProgressRow {
  /** What was reached. */
  datum: ChartDatum;
  /** The target, when the document prints it. */
  target?: ChartDatum | undefined;
  label: string;
  /** The share of the target reached, in percent; over 100 when it is beaten. */
  percent: number;
  /** "≈ 56.2% (computed)", or a stated share as printed: "57.17%". */
  value: string;
  /** "87.1 billion yuan of the 155 billion yuan planned", or that the target is not printed. */
  detail: string;
  highlighted: boolean;
  /** At or past the time line. */
  past: boolean;
  /** What a screen reader hears of the bar, and of its target's track. */
  spoken: string;
  targetSpoken?: string | undefined;
}

/** One step of a progress chart as its component draws it: its bars, the time line and its label, and the note. */
export interface ProgressStep {
  rows: ProgressRow[];
  /** The share of the targets' period gone when the figures were counted, 0 to 1. */
  elapsed: number;
  elapsedLabel: string;
  note?: string | undefined;
}

/** The targets' period each figure counts towards: its target's, or for a stated share, its own year. */
function targetPeriod(datum: ChartDatum, target: ChartDatum | undefined): string {
  return target?.period ?? String(parsePeriod(datum.period).to.year);
}

/** The pairs of a state: each figure with its target's datum, or none for a stated share. */
function pairs(state: ProgressState, data: ReadonlyMap<string, ChartDatum>) {
  return state.figures.map((id, index) => {
    const target = state.targets[index];
    return { datum: data.get(id)!, target: target === STATED ? undefined : data.get(target!) };
  });
}

/** The time line's label: "Half the year gone", or the month its figures reach for any other share of a period. */
function elapsedLabel(elapsed: number, datum: ChartDatum, target: ChartDatum | undefined, locale: ChartLocale): string {
  const year = !target || parsePeriod(target.period).from.month === 0;
  if (year && elapsed === 0.5) return locale.text.marks.halfYear;
  const { to } = parsePeriod(datum.period);
  const month = `${to.year}-${String(to.month || 12).padStart(2, '0')}`;
  return fill(locale.text.marks.elapsed, { month: locale.lang === 'zh' ? periodLabelZh(month) : periodLabel(month) });
}

/** The rows of a state in the order given, with the time line they are measured against. */
export function progressRows(
  state: ProgressState,
  data: ReadonlyMap<string, ChartDatum>,
  locale: ChartLocale,
): ProgressStep {
  const text: ChartText = locale.text;
  const given = pairs(state, data);
  const first = given[0]!;
  const elapsed = elapsedShare(targetPeriod(first.datum, first.target), first.datum.period) ?? 0;
  const rows = given.map(({ datum, target }, index): ProgressRow => {
    const percent = target ? (datum.base / target.base) * 100 : datum.value;
    const value = target ? computedShare(percent, text) : datum.valueText;
    const detail = target ? partOfWhole(datum, target, text) : text.marks.unprintedTarget;
    const label = state.labels?.[index] ?? datum.label;
    return {
      datum,
      target,
      label,
      percent,
      value,
      detail,
      highlighted: state.highlight.includes(datum.id),
      past: percent >= elapsed * 100,
      spoken: fill(text.describe.item, { label, value: fill(text.describe.valuePart, { value, part: detail }) }),
      targetSpoken: target && fill(text.describe.item, { label: target.label, value: target.valueText }),
    };
  });
  return { rows, elapsed, elapsedLabel: elapsedLabel(elapsed, first.datum, first.target, locale) };
}

/** The author's mistake in one pair of a figure reached and its target, or undefined. */
function pairMistake(datum: ChartDatum, target: ChartDatum | undefined): string | undefined {
  if (datum.ahead) return `${datum.id} is a ${datum.ahead}; figures names what was reached, targets its target`;
  if (!target) {
    return datum.dimension === 'percent' && datum.kind === 'share'
      ? undefined
      : `${datum.id} is not a stated share of its target; name its target in targets="…" (or "-" only for a printed share)`;
  }
  if (target.ahead !== 'target') return `${target.id} is a ${target.kind} figure, not a target`;
  if (datum.dimension !== target.dimension)
    return `${datum.id} and its target ${target.id} must share one kind of unit, not ${datum.dimension} and ${target.dimension}`;
  if (NOT_AMOUNTS.has(datum.dimension))
    return `${datum.id} and ${target.id} are ${datum.dimension}, not amounts: a share of a target is computed from amounts`;
  if (target.base <= 0) return `target ${target.id} is ${target.valueText}; a share needs a target above zero`;
  if (datum.base < 0) return `${datum.id} is ${datum.valueText}; progress cannot be below zero`;
  if (elapsedShare(targetPeriod(datum, target), datum.period) === undefined)
    return `${datum.id} (${datum.period}) does not end within its target ${target.id}'s period (${target.period})`;
  return undefined;
}

/** Bullet bars: how far each figure has come towards its target, against a line for the share of the period gone. */
export const progressChart = defineChart<ProgressState, ProgressStep>({
  name: 'progress',
  example: 'figures="invested, jobs-share" targets="investment-plan, -" labels="Investment|Jobs" highlight="invested"',
  state: z.strictObject({
    figures: figureList,
    targets: z
      .string()
      .transform((text) => text.split(',').map((id) => id.trim()))
      .pipe(z.array(z.union([z.literal(STATED), kebabId]))),
    highlight: figureList.optional().transform((list) => list ?? []),
    labels: labelList.optional(),
    note: attributeText.optional(),
  }),
  figureIds: (state) => [...state.figures, ...state.targets.filter((id) => id !== STATED)],
  check(state, data) {
    if (state.targets.length !== state.figures.length)
      return `targets has ${state.targets.length} entries for ${state.figures.length} figures; give one target per figure, "-" for a stated share of an unprinted target`;
    const listed =
      notAmong('highlight', state.highlight, 'figures', state.figures) ??
      labelCountMismatch(state.labels, 'figures', state.figures.length);
    if (listed) return listed;
    const given = pairs(state, data);
    for (const { datum, target } of given) {
      const mistake = pairMistake(datum, target);
      if (mistake) return mistake;
    }
    const shares = given.map(({ datum, target }) => elapsedShare(targetPeriod(datum, target), datum.period));
    if (new Set(shares).size > 1)
      return `the figures end at different points of their targets' periods (${state.figures.join(', ')}), so one time line cannot mark them all`;
    return undefined;
  },
  resolve: (state, data, locale) => ({ ...progressRows(state, data, locale), note: state.note }),
  describe(state, data, locale) {
    const t = locale.text.describe;
    const { rows, elapsedLabel: line } = progressRows(state, data, locale);
    const items = rows.map((row) => {
      const flags = [row.past ? t.pastLine : t.shortOfLine, row.highlighted && t.highlighted].filter(Boolean);
      return fill(t.flagged, { item: row.spoken, flags: flags.join(t.flags) });
    });
    const chart = fill(rows.length === 1 ? t.progressOne : t.progress, {
      count: String(rows.length),
      line,
      items: items.join(t.items),
    });
    return withNote(chart, state.note, locale.text);
  },
});
