import { z } from 'astro/zod';
import { attributeText, figureList, labelCountMismatch, labelList, notAmong, type Annotation } from '../attributes';
import { defineChart } from '../chart';
import type { ChartDatum } from '../datum';
import type { AheadKind } from '../../figures/figure';
import { fill } from '../../i18n/dictionary';
import { withNote } from '../shared/describe';

/** What a step of a big-number panel shows. */
export interface BigNumberState {
  figures: string[];
  highlight: string[];
  labels?: string[] | undefined;
  note?: string | undefined;
}

/** One number as the panel draws it. */
export interface BigNumberCell {
  datum: ChartDatum;
  label: string;
  highlighted: boolean;
}

/** One step of the panel as its component draws it. */
export interface BigNumberStep {
  cells: BigNumberCell[];
  /** How a number that is not an outcome is tagged: "Target or plan", "Forecast". */
  tags: Record<AheadKind, string>;
  /** The place and period every one of several numbers shares, said once under them rather than under each. */
  sharedMeta?: string | undefined;
  note?: string | undefined;
}

/** One number of a big-number chart as a share card sets it: value, label, a line of place and period, emphasis. */
export interface NumberCell {
  value: string;
  label: string;
  meta: string;
  highlighted: boolean;
  /** The author's note on this number, if the step gives one. */
  note?: string | undefined;
}

/** A step's numbers as a share card sets them, targets marked as such, each with the note the step puts on it. */
export function shareCells(step: BigNumberStep, notes: readonly Annotation[] = []): NumberCell[] {
  return step.cells.map((cell) => ({
    note: notes.find((note) => note.target === cell.datum.id)?.text,
    value: cell.datum.valueText,
    label: cell.label,
    meta: [cell.datum.ahead ? step.tags[cell.datum.ahead] : '', cell.datum.placeText, cell.datum.periodText]
      .filter(Boolean)
      .join(' · '),
    highlighted: cell.highlighted,
  }));
}

const MAX_NUMBERS = 4;

/** "Inner Mongolia · January–May 2024" when several numbers share their place and period; on a phone, two lines saved. */
export function sharedMeta(cells: readonly BigNumberCell[], meta: string): string | undefined {
  const metas = new Set(
    cells.map((cell) => fill(meta, { place: cell.datum.placeText, period: cell.datum.periodText })),
  );
  return cells.length > 1 && metas.size === 1 ? [...metas][0] : undefined;
}

/** Up to four headline numbers, each with its label, period and place; the rest of the story's figures stay in charts. */
export const bigNumberChart = defineChart<BigNumberState, BigNumberStep>({
  name: 'big-number',
  example: 'figures="figure-a, figure-b" labels="Solar cells|Polysilicon" highlight="figure-a" note="…"',
  state: z.strictObject({
    figures: figureList.refine((list) => list.length <= MAX_NUMBERS, `show at most ${MAX_NUMBERS} numbers at once`),
    highlight: figureList.optional().transform((list) => list ?? []),
    labels: labelList.optional(),
    note: attributeText.optional(),
  }),
  figureIds: (state) => state.figures,
  check(state) {
    return (
      notAmong('highlight', state.highlight, 'figures', state.figures) ??
      labelCountMismatch(state.labels, 'figures', state.figures.length)
    );
  },
  resolve(state, data, { text }) {
    const cells = state.figures.map((id, index) => ({
      datum: data.get(id)!,
      label: state.labels?.[index] ?? data.get(id)!.label,
      highlighted: state.highlight.includes(id),
    }));
    return { cells, tags: text.aheadTag, sharedMeta: sharedMeta(cells, text.marks.meta), note: state.note };
  },
  describe(state, data, { text }) {
    const t = text.describe;
    const parts = state.figures.map((id, index) => {
      const datum = data.get(id)!;
      const meta = fill(t.numberMeta, { place: datum.placeText, period: datum.periodText });
      return fill(t.flagged, {
        item: fill(t.item, { label: state.labels?.[index] ?? datum.label, value: datum.valueText }),
        flags: datum.ahead ? fill(t.numberTarget, { meta, ahead: text.ahead[datum.ahead] }) : meta,
      });
    });
    return withNote(fill(t.numbers, { items: parts.join(t.items) }), state.note, text);
  },
});
