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

/** What the frame hands the chart it wraps: the step to draw, the width to lay out for, and tooltip controls. */
export interface ChartSlot {
  index: number;
  /** The width to lay out for, in px of the layout (layoutWidth of the panel). */
  width: number;
  /** The panel's width on screen, in px. */
  panel: number;
  /** The most height, in screen px, the drawing may take: the sticky chart's share of the screen; unbounded in copies. */
  room: number;
  /** True when this step is to be shown without motion: a deep link, reduced motion, or a copy that never moves. */
  instant: boolean;
  /**
   * The tabindex of every mark: 0 where the chart is live, -1 in a copy. A mark is an SVG element with role="button",
   * this tabindex, `data-mark` its figure's id and `data-tip` the point its tooltip hangs from ("x y", layout px); the
   * frame handles taps, keys and hovers for all of a chart's marks at once.
   */
  tabindex: number;
}

/** What a chart's layout depends on besides its step: its ChartSlot's sizes. */
export type ChartSize = Pick<ChartSlot, 'width' | 'panel' | 'room'>;

/**
 * The width charts are laid out at before the browser measures them, and for the copies shown without JavaScript and
 * in print: the narrowest phone's, so those copies only ever scale up and their text never shrinks below its size.
 */
export const SERVER_WIDTH = 320;

/** The widest a chart lays out; a wider panel shows the same drawing scaled up, marks and type together. */
export const DESIGN_WIDTH = 480;

/** How far past its layout a drawing may scale on a wide panel: type of 14 px reads at about 22 px, and no larger. */
export const MAX_SCALE = 1.6;

/**
 * The narrowest screen on which the step text stands beside the chart (Scrolly.astro's media query says the same):
 * from a small tablet held upright, where a step card over a full-width chart would hide its lower half.
 */
export const SIDE_BY_SIDE = 740;

/**
 * The most height a sticky chart's drawing may take on a screen of this size: under half a phone's, so the step text
 * below it always has room; most of a wide screen's, where the text stands beside it.
 */
export function drawingRoom(viewport: { width: number; height: number }): number {
  return viewport.height * (viewport.width >= SIDE_BY_SIDE ? 0.7 : 0.42);
}

/** The width to lay a chart out at in a panel `measured` px wide: the panel's own up to DESIGN_WIDTH, then scaled up. */
export function layoutWidth(measured: number): number {
  return measured <= DESIGN_WIDTH ? measured : Math.max(DESIGN_WIDTH, measured / MAX_SCALE);
}

/** The interface strings of charts in a page's language: what the build writes (descriptions) and what a chart prints. */
export type ChartText = Dictionary['chart'];

/** The strings a drawn chart prints: its tooltip's links, data table, source line and keys, and a bar's spoken name. */
export type FrameText = Pick<
  ChartText,
  'close' | 'readSource' | 'figureDetails' | 'source' | 'showData' | 'columns' | 'passage' | 'key'
> & { describe: Pick<ChartText['describe'], 'item'> };

/**
 * The strings a chart component is given: only those it prints. A live chart's props are written into the page once
 * per chart, and the descriptions' templates, used only at build, were most of them (about 6 KB gzip on a story page).
 */
export function frameText(text: ChartText): FrameText {
  const { close, readSource, figureDetails, source, showData, columns, passage, key } = text;
  return {
    close,
    readSource,
    figureDetails,
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
