import type { Dictionary } from '../i18n/dictionary';
import type { Annotation } from './attributes';
import type { ChartDatum } from './datum';

/** What the frame around every chart needs for one step, computed at build time. */
export interface FrameStep {
  id: string;
  /** The accessible description of the chart in this step's state, its notes included. */
  description: string;
  /** The figures this step shows, for the "show the data" table. */
  table: ChartDatum[];
  /** The author's notes on marks of this step's chart. */
  annotations: Annotation[];
}

/** The event a scrolly section dispatches when its active step changes. */
export const STEP_EVENT = 'scrolly:step';

/** Detail of a step change: the step's index, and whether to skip transitions (deep links, reduced motion). */
export interface StepChange {
  index: number;
  instant: boolean;
}

/** What the frame hands the chart it wraps: the step to draw, the width to lay out for, and its marks' tabindex. */
export interface ChartSlot {
  index: number;
  /** The width to lay out for, in px of the layout: one of LAYOUT_WIDTHS. */
  width: number;
  /**
   * The tabindex of every mark: 0 where the chart is live, -1 in a copy. A mark is an element with role="button" (or a
   * <button>), this tabindex, `data-mark` its figure's id and `data-tip` the point its tooltip hangs from ("x y", layout
   * px); the live chart's script handles taps, keys and hovers for all of a chart's marks at once (live-chart.ts).
   */
  tabindex: number;
}

/**
 * The widths charts are laid out at, all drawn at build: the sticky chart's states at each, in a file per width
 * (chart-states.ts). A panel shows the widest layout no wider than itself, scaled up to fill it: a phone's panels
 * (288 px on a 320 px screen, 358 px on a 390 px one) each find a layout within 16 px, so a drawing is never more than
 * about 5% taller than its layout, and a phone keeps its lower half for the text; beside the text, from 400 px, a
 * coarser step does, since the chart has most of the screen's height there.
 */
export const LAYOUT_WIDTHS = [288, 304, 320, 336, 352, 368, 384, 400, 440, 480] as const;

/**
 * The width the page's own copies of a chart are laid out at: the sticky chart until its states arrive, and each
 * step's still copy, shown without JavaScript and in print, which only ever scales up from a phone's width.
 */
export const SERVER_WIDTH = 320;

/** How far past its layout a drawing may scale on a wide panel: type of 14 px reads at about 22 px, and no larger. */
export const MAX_SCALE = 1.6;

/**
 * The narrowest screen on which the step text stands beside the chart (Scrolly.astro's media query says the same):
 * from a small tablet held upright, where a step card over a full-width chart would hide its lower half.
 */
export const SIDE_BY_SIDE = 740;

/** The layout width for a drawing shown `px` wide: the widest of LAYOUT_WIDTHS no wider, else the narrowest. */
export function layoutFor(px: number): number {
  return LAYOUT_WIDTHS.findLast((width) => width <= px) ?? LAYOUT_WIDTHS[0];
}

/** The interface strings of charts in a page's language: what the build writes (descriptions) and what a chart prints. */
export type ChartText = Dictionary['chart'];

/** The strings a drawn chart prints: its data table, source line and keys, and a bar's spoken name. */
export type FrameText = Pick<ChartText, 'source' | 'showData' | 'columns' | 'passage' | 'key'> & {
  describe: Pick<ChartText['describe'], 'item'>;
};

/**
 * The strings a chart component is given: only those it prints. The descriptions' templates are used before, when
 * the build writes each step's description; a tooltip's words come with the live chart's states (chart-states.ts).
 */
export function frameText(text: ChartText): FrameText {
  const { source, showData, columns, passage, key } = text;
  return {
    source,
    showData,
    columns,
    passage,
    key,
    describe: { item: text.describe.item },
  };
}

/** The props of every chart component: headline, source credit, per-step frames, the steps it draws, and which copy it is. */
export interface ChartProps<Step> {
  headline: string;
  credit: string;
  text: FrameText;
  frames: FrameStep[];
  steps: Step[];
  /** The step a static copy shows; the sticky chart starts at the first. */
  initial?: number;
  /** False for the static copy shown without JavaScript and in print. */
  interactive?: boolean;
}

/** What a live chart's tooltip shows of a figure: its value, label, place and period, and its two links. */
export interface ChartTip {
  value: string;
  label: string;
  /** "Inner Mongolia · 2024". */
  meta: string;
  /** The quoted passage in its source. */
  source: string;
  /** The figure's entry in the figure index. */
  details: string;
}

/**
 * A story's sticky charts drawn at one layout width, as the file a live chart fetches (live-states.ts): each section's
 * chart in every step's state, as the markup of its `<figure>`, and the tooltip of every figure it draws.
 */
export interface LiveStates {
  /** The tooltip's own words, in the story's language. */
  text: Pick<ChartText, 'close' | 'readSource' | 'figureDetails'>;
  sections: Record<string, { steps: string[]; tips: Record<string, ChartTip> }>;
}
