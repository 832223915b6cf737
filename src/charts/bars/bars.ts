import { z } from 'astro/zod';
import { attributeText, figureList, figureRef, labelCountMismatch, labelList, notAmong } from '../attributes';
import { defineChart } from '../chart';
import type { ChartDatum } from '../datum';
import type { ChartText } from '../frame';
import { fill } from '../../i18n/dictionary';
import { markedValue, withNote } from '../shared/describe';

/** What a step of a bar chart shows. */
export interface BarsState {
  figures: string[];
  highlight: string[];
  reference?: string | undefined;
  referenceLabel?: string | undefined;
  labels?: string[] | undefined;
  sort: 'given' | 'descending';
  note?: string | undefined;
}

/** Every figure a bars state draws: the bars and the reference line. */
function barsFigureIds(state: BarsState): string[] {
  return [...state.figures, ...(state.reference ? [state.reference] : [])];
}

/** Ranked or grouped horizontal bars, with an optional reference line (such as the regional average). */
export const barsChart = defineChart<BarsState, BarsStep>({
  name: 'bars',
  example:
    'figures="growth-a, growth-b" labels="A|B" highlight="growth-b" reference="growth-all" referenceLabel="All industry" sort="descending" note="…"',
  state: z.strictObject({
    figures: figureList,
    highlight: figureList.optional().transform((list) => list ?? []),
    reference: figureRef.optional(),
    labels: labelList.optional(),
    sort: z.enum(['given', 'descending']).default('given'),
    referenceLabel: attributeText.optional(),
    note: attributeText.optional(),
  }),
  figureIds: barsFigureIds,
  check(state, data) {
    const listed =
      notAmong('highlight', state.highlight, 'figures', state.figures) ??
      labelCountMismatch(state.labels, 'figures', state.figures.length);
    if (listed) return listed;
    const dimensions = new Set(barsFigureIds(state).map((id) => data.get(id)!.dimension));
    if (dimensions.size > 1) return `bars must share one kind of unit, but these mix ${[...dimensions].join(' and ')}`;
    return undefined;
  },
  resolve: (state, data, { text }) => ({
    rows: barRows(state, data, text),
    reference: state.reference
      ? { ...data.get(state.reference)!, label: state.referenceLabel ?? data.get(state.reference)!.label }
      : undefined,
    note: state.note,
  }),
  describe(state, data, { text }) {
    const t = text.describe;
    const rows = barRows(state, data, text);
    const parts = rows.map((row) =>
      [row.datum.ahead && text.ahead[row.datum.ahead], row.highlighted && t.highlighted].reduce(
        (item: string, flag) => (flag ? fill(t.flagged, { item, flags: flag }) : item),
        fill(t.item, { label: row.label, value: row.datum.valueText }),
      ),
    );
    const reference = state.reference ? data.get(state.reference) : undefined;
    const chart = fill(rows.length === 1 ? t.barsOne : t.bars, {
      count: String(rows.length),
      items: parts.join(t.items),
    });
    const referenced = reference
      ? fill(t.reference, { text: chart, label: reference.label, value: reference.valueText })
      : chart;
    return withNote(referenced, state.note, text);
  },
});

/** One step of a bar chart as its component draws it: bars, reference line and note. */
export interface BarsStep {
  rows: BarRow[];
  reference?: ChartDatum | undefined;
  note?: string | undefined;
}

/** One bar to draw: its datum, its label, the value set beside it, and whether it is highlighted. */
export interface BarRow {
  datum: ChartDatum;
  label: string;
  /** "150 million kW (forecast)": a value that is not an outcome says so. */
  value: string;
  highlighted: boolean;
}

/** The bars of a state in drawing order, each with its label and value in the page's language. */
export function barRows(state: BarsState, data: ReadonlyMap<string, ChartDatum>, text: ChartText): BarRow[] {
  const rows = state.figures.map((id, index) => {
    const datum = data.get(id)!;
    return {
      datum,
      label: state.labels?.[index] ?? datum.label,
      value: markedValue(datum.valueText, datum.ahead, text),
      highlighted: state.highlight.includes(id),
    };
  });
  if (state.sort === 'descending') rows.sort((a, b) => b.datum.base - a.datum.base);
  return rows;
}
