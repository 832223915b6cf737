import type { ChartDatum } from './datum';

/** What the frame around every chart needs for one step, computed at build time. */
export interface FrameStep {
  id: string;
  /** The accessible description of the chart in this step's state. */
  description: string;
  /** The figures this step shows, for the "show the data" table. */
  table: ChartDatum[];
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
  width: number;
  /** Tap or Enter on a mark: toggles its tooltip, anchored at (x, y) in the chart's px. */
  select(datum: ChartDatum | undefined, x?: number, y?: number): void;
  /** A mouse over a mark shows its tooltip; leaving it (undefined) hides it. */
  hover(datum: ChartDatum | undefined, x?: number, y?: number): void;
  /** Everything that makes an SVG element a mark for `datum`: focusable, and a tap, Enter, Space or hover opens its tooltip at (x, y). */
  mark(datum: ChartDatum, x: number, y: number): MarkProps;
}

/** The attributes and handlers a chart spreads on a mark: `<g {...mark(datum, x, y)} aria-label=…>`. */
export interface MarkProps {
  role: 'button';
  tabindex: number;
  onclick(): void;
  onkeydown(event: KeyboardEvent): void;
  onpointerenter(event: PointerEvent): void;
  onpointerleave(event: PointerEvent): void;
}

/** The width charts are laid out at before the browser measures them; phone-first. */
export const SERVER_WIDTH = 400;

/** The props of every chart component: headline, source credit, per-step frames, the steps it draws, and which copy it is. */
export interface ChartProps<Step> {
  headline: string;
  credit: string;
  frames: FrameStep[];
  steps: Step[];
  /** The step a static copy shows; the sticky chart starts at the first. */
  initial?: number;
  /** False for the static copy shown without JavaScript and in print. */
  interactive?: boolean;
}
