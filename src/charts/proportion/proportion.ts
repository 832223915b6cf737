import { z } from 'astro/zod';
import { attributeText, figureList, figureRef, labelCountMismatch, labelList } from '../attributes';
import { defineChart } from '../chart';
import type { ChartDatum } from '../datum';
import { fill } from '../../i18n/dictionary';
import type { ChartText } from '../frame';
import { computedShare, partOfWhole } from '../shared/computed-share';
import { spokenMark, withNote } from '../shared/describe';

const MAX_SHARES = 4;
/** Dimensions that are already ratios or ranks, so they cannot be the amounts a share is computed from. */
const NOT_AMOUNTS = new Set<ChartDatum['dimension']>(['percent', 'points', 'times', 'rank']);

/** What a step of a proportion chart shows: stated shares, or a share computed from a part and its whole. */
export interface ProportionState {
  form: 'waffle' | 'bar';
  share?: string | undefined;
  shares?: string[] | undefined;
  part?: string | undefined;
  whole?: string | undefined;
  label?: string | undefined;
  labels?: string[] | undefined;
  note?: string | undefined;
}

/** One share as the component draws it: a waffle or a bar filled to `percent`. */
export interface ProportionPanel {
  /** The figure the filled part shows: the stated share, or the part. */
  datum: ChartDatum;
  /** The whole, when the share is computed from a part and a whole. */
  whole?: ChartDatum | undefined;
  /** How much to fill, 0–100: the printed value of a stated share, or part ÷ whole. */
  percent: number;
  /** The share as readers see it: the figure's valueText, or "≈ 47.5% (computed)". */
  value: string;
  /** For a computed share, the two figures it comes from: "190 of the 400 planned". */
  detail?: string | undefined;
  label: string;
  /** The filled part is a target, plan or forecast: drawn hollow. */
  planned: boolean;
  /** What a screen reader hears of the filled part, and of the whole when there is one. */
  spoken: string;
  wholeSpoken?: string | undefined;
}

/** One step of a proportion chart as its component draws it. */
export interface ProportionStep {
  form: 'waffle' | 'bar';
  panels: ProportionPanel[];
  note?: string | undefined;
}

/** Every figure a proportion state draws, in the order its panels show them. */
function proportionFigureIds(state: ProportionState): string[] {
  if (state.part && state.whole) return [state.part, state.whole];
  return state.shares ?? (state.share ? [state.share] : []);
}

/** Shares of a whole as a 10×10 waffle or a single stacked bar; one to four side by side, or one computed from a part and its whole. */
export const proportionChart = defineChart<ProportionState, ProportionStep>({
  name: 'proportion',
  example:
    'share="share-figure" label="…" form="bar" note="…" (or shares="share-a, share-b" labels="A|B", or part="part-figure" whole="whole-figure")',
  state: z
    .strictObject({
      form: z.enum(['waffle', 'bar']).default('waffle'),
      share: figureRef.optional(),
      shares: figureList
        .refine((list) => list.length <= MAX_SHARES, `show at most ${MAX_SHARES} shares side by side`)
        .optional(),
      part: figureRef.optional(),
      whole: figureRef.optional(),
      label: attributeText.optional(),
      labels: labelList.optional(),
      note: attributeText.optional(),
    })
    .superRefine((state, context) => {
      const ways = [
        state.share && 'share',
        state.shares && 'shares',
        (state.part || state.whole) && 'part and whole',
      ].filter(Boolean);
      if (ways.length === 0) {
        context.addIssue({
          code: 'custom',
          path: ['share'],
          message: 'name share="figure-id", shares="a, b" or part="figure-id" whole="figure-id"',
        });
      } else if (ways.length > 1) {
        context.addIssue({
          code: 'custom',
          path: ['share'],
          message: `use one of share, shares or part and whole, not ${ways.join(' and ')}`,
        });
      } else if (Boolean(state.part) !== Boolean(state.whole)) {
        context.addIssue({
          code: 'custom',
          path: [state.part ? 'whole' : 'part'],
          message: 'part and whole go together: part="figure-id" whole="figure-id"',
        });
      }
      if (state.labels && !state.shares) {
        context.addIssue({
          code: 'custom',
          path: ['labels'],
          message: 'labels goes with shares; for one share write label="…"',
        });
      }
      if (state.label && state.shares) {
        context.addIssue({
          code: 'custom',
          path: ['label'],
          message: 'with shares, write labels="A|B", one per share',
        });
      }
    }),
  figureIds: proportionFigureIds,
  check(state, data) {
    const labels = state.shares && labelCountMismatch(state.labels, 'shares', state.shares.length);
    if (labels) return labels;
    const ids = proportionFigureIds(state);
    const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
    if (repeated) return `${repeated} is named twice; each share needs its own figure`;
    if (state.part && state.whole) {
      const part = data.get(state.part)!;
      const whole = data.get(state.whole)!;
      if (part.dimension !== whole.dimension)
        return `part and whole must share one kind of unit, but ${state.part} is ${part.dimension} and ${state.whole} is ${whole.dimension}`;
      if (NOT_AMOUNTS.has(part.dimension))
        return `part and whole must be amounts, not ${part.dimension}; for a printed share write share="figure-id"`;
      if (whole.base <= 0) return `whole ${state.whole} is ${whole.valueText}; a share needs a whole above zero`;
      if (part.base < 0 || part.base > whole.base)
        return `part ${state.part} (${part.valueText}) must lie between zero and whole ${state.whole} (${whole.valueText})`;
      return undefined;
    }
    for (const id of ids) {
      const datum = data.get(id)!;
      if (datum.dimension !== 'percent')
        return `${id} is ${datum.dimension}, not a percent; to compute a share from two amounts write part="…" whole="…"`;
      if (datum.kind !== 'share' && !datum.ahead) return `${id} is a ${datum.kind} figure, not a share of a whole`;
      if (datum.value < 0 || datum.value > 100)
        return `${id} is ${datum.valueText}; a share must be between 0% and 100%`;
    }
    return undefined;
  },
  resolve: (state, data, { text }) => ({
    form: state.form,
    panels: proportionPanels(state, data, text),
    note: state.note,
  }),
  describe(state, data, { text }) {
    const t = text.describe;
    const panels = proportionPanels(state, data, text);
    const intro =
      state.form === 'waffle'
        ? panels.length === 1
          ? t.waffle
          : t.waffles
        : panels.length === 1
          ? t.stacked
          : t.stackedMany;
    const parts = panels.map((panel) => {
      const item = panel.whole
        ? fill(t.partValue, {
            label: panel.label,
            part: partOfWhole(panel.datum, panel.whole, text),
            value: panel.value,
          })
        : fill(t.item, { label: panel.label, value: panel.value });
      const ahead = panel.datum.ahead;
      return ahead ? fill(t.flagged, { item, flags: fill(t.aTarget, { ahead: text.ahead[ahead] }) }) : item;
    });
    return withNote(fill(intro, { count: String(panels.length), items: parts.join(t.items) }), state.note, text);
  },
});

/** The panels of a state, each with what to fill and what to print; labels follow their figures. */
export function proportionPanels(
  state: ProportionState,
  data: ReadonlyMap<string, ChartDatum>,
  text: ChartText,
): ProportionPanel[] {
  if (state.part && state.whole) {
    const part = data.get(state.part)!;
    const whole = data.get(state.whole)!;
    const percent = (part.base / whole.base) * 100;
    const value = computedShare(percent, text);
    const detail = partOfWhole(part, whole, text);
    const label = state.label ?? part.label;
    return [
      {
        datum: part,
        whole,
        percent,
        value,
        detail,
        label,
        planned: part.ahead !== undefined,
        spoken: spokenMark(label, fill(text.describe.valuePart, { value, part: detail }), part.ahead, text),
        wholeSpoken: spokenMark(whole.label, whole.valueText, whole.ahead, text),
      },
    ];
  }
  return proportionFigureIds(state).map((id, index) => {
    const datum = data.get(id)!;
    const label = state.labels?.[index] ?? state.label ?? datum.label;
    return {
      datum,
      // A qualified figure ("over 80%") fills to its printed value; the qualifier stays in the text.
      percent: datum.value,
      value: datum.valueText,
      label,
      planned: datum.ahead !== undefined,
      spoken: spokenMark(label, datum.valueText, datum.ahead, text),
    };
  });
}
