import type { z } from 'astro/zod';
import type { Lang } from '../i18n/dictionary';
import type { ChartDatum } from './datum';
import type { ChartText } from './frame';

/** The edition a chart is written for: its language, for names kept as data (places, months), and its strings. */
export interface ChartLocale {
  lang: Lang;
  text: ChartText;
}

/**
 * One chart type, as the story transform and pages know it. Every chart folder under src/charts/ exports one.
 * `state` parses a step's directive attributes (all strings) into the chart's typed state; `check` tests the state
 * against the figures it names (returning a message for the author, or nothing); `describe` writes the accessible
 * description of a state; `figureIds` lists the figures a state draws; `resolve` prepares a step for drawing;
 * `anchors`, where a chart has marks other than its figures (a map's places), names every mark a note may tie to.
 */
export interface ChartType<State, Resolved = unknown> {
  name: string;
  /** What an author writes, for error messages: 'figures="a, b" highlight="b"'. */
  example: string;
  state: z.ZodType<State, Record<string, string>>;
  figureIds(state: State): string[];
  check(state: State, data: ReadonlyMap<string, ChartDatum>): string | undefined;
  describe(state: State, data: ReadonlyMap<string, ChartDatum>, locale: ChartLocale): string;
  /** The step as the chart component draws it, resolved at build time so the browser gets only what changes. */
  resolve(state: State, data: ReadonlyMap<string, ChartDatum>, locale: ChartLocale): Resolved;
  /** The marks a step's notes may name, by id, with the name a screen reader hears; by default its figures. */
  anchors?(state: State, data: ReadonlyMap<string, ChartDatum>, lang: Lang): AnchorName[];
}

/** A mark a note may tie to: its id as authors write it, and its name as a reader hears it. */
export interface AnchorName {
  id: string;
  name: string;
}

/** The marks a step's notes may name: the chart's own list, or else every figure the step draws, by its label. */
export function anchorNames<State>(
  chart: ChartType<State, unknown>,
  state: State,
  data: ReadonlyMap<string, ChartDatum>,
  lang: Lang,
): AnchorName[] {
  return (
    chart.anchors?.(state, data, lang) ?? chart.figureIds(state).map((id) => ({ id, name: data.get(id)?.label ?? id }))
  );
}

/** Declares a chart type with its state and resolved step types inferred. */
export function defineChart<State, Resolved>(chart: ChartType<State, Resolved>): ChartType<State, Resolved> {
  return chart;
}
