import type { Component } from 'svelte';
import type { Annotation } from './attributes';
import { barsChart } from './bars/bars';
import barsSource from './bars/Bars.svg.svelte?raw';
import { bigNumberChart, shareCells, type NumberCell } from './big-number/big-number';
import type { ChartType } from './chart';
import type { ChartProps } from './frame';
import { lineChart } from './line/line';
import lineSource from './line/Line.svg.svelte?raw';
import { defaultBaseFile, mapChart, mapCopyProps, type MapCopyProps, type MapState, type MapStep } from './map/map';
import mapSource from './map/Map.svg.svelte?raw';
import { progressChart } from './progress/progress';
import progressSource from './progress/Progress.svg.svelte?raw';
import { proportionChart } from './proportion/proportion';
import proportionSource from './proportion/Proportion.svg.svelte?raw';
import { unitsChart } from './units/units';
import unitsSource from './units/Units.svg.svelte?raw';

/**
 * How a share card draws a chart: as an SVG picture by the chart's own component, styled by the `<style>` of that
 * component's source, with `defs` for what the page's copies show from a file of the site (a card is one picture, with
 * nothing to fetch); or, for charts drawn in HTML, as the card's own big numbers, one cell per number.
 */
export type ShareDrawing<Step> =
  | { kind: 'svg'; source: string; defs?: () => string }
  | { kind: 'numbers'; cells(step: Step, notes: readonly Annotation[]): NumberCell[] };

/** One chart type: its definition, its component, and how share cards and the page's copies draw it. */
export interface ChartEntry<State, Step, More extends object = Record<never, never>> {
  definition: ChartType<State, Step>;
  /**
   * Loads the chart's Svelte component. Loaded on use, so the content layer, which needs only the definitions, never
   * compiles a component and its styles (Astro's dev server cannot load component styles there).
   */
  component(): Promise<{ default: Component<ChartProps<Step> & More> }>;
  share: ShareDrawing<Step>;
  /** The props of every copy of the chart (the sticky chart's states, each step's still) besides headline, credit and frames. */
  copy(steps: Step[]): { steps: Step[] } & More;
}

/** Declares a chart type whose copies take only their steps. */
function plain<State, Step>(
  entry: Pick<ChartEntry<State, Step>, 'definition' | 'component' | 'share'>,
): ChartEntry<State, Step> {
  return { ...entry, copy: (steps) => ({ steps }) };
}

// Every copy of a map shows the base map from its one file; map.ts decides what else each copy carries.
const map: ChartEntry<MapState, MapStep, MapCopyProps> = {
  definition: mapChart,
  component: () => import('./map/Map.svg.svelte'),
  share: { kind: 'svg', source: mapSource, defs: () => defaultBaseFile().groups },
  copy: mapCopyProps,
};

/** Every chart type a story can name, by the name authors write: `::::scrolly{chart=bars}`. */
export const CHART_CATALOGUE = {
  bars: plain({
    definition: barsChart,
    component: () => import('./bars/Bars.svg.svelte'),
    share: { kind: 'svg', source: barsSource },
  }),
  'big-number': plain({
    definition: bigNumberChart,
    component: () => import('./big-number/BigNumber.html.svelte'),
    share: { kind: 'numbers', cells: shareCells },
  }),
  units: plain({
    definition: unitsChart,
    component: () => import('./units/Units.svg.svelte'),
    share: { kind: 'svg', source: unitsSource },
  }),
  line: plain({
    definition: lineChart,
    component: () => import('./line/Line.svg.svelte'),
    share: { kind: 'svg', source: lineSource },
  }),
  proportion: plain({
    definition: proportionChart,
    component: () => import('./proportion/Proportion.svg.svelte'),
    share: { kind: 'svg', source: proportionSource },
  }),
  progress: plain({
    definition: progressChart,
    component: () => import('./progress/Progress.svg.svelte'),
    share: { kind: 'svg', source: progressSource },
  }),
  map,
};

/** The name of a chart type. */
export type ChartName = keyof typeof CHART_CATALOGUE;

/** Every chart type's name, in the catalogue's order. */
export const CHART_NAMES = Object.keys(CHART_CATALOGUE) as ChartName[];

/** The step a chart type's component draws, as its definition resolves it at build time. */
export type ChartStep<Name extends ChartName> =
  (typeof CHART_CATALOGUE)[Name]['definition'] extends ChartType<unknown, infer Step> ? Step : never;

/** Every chart definition by name, for the story transform, which validates each state with its chart's schema. */
export const CHART_DEFINITIONS: { readonly [Name in ChartName]: ChartType<unknown, ChartStep<Name>> } =
  Object.fromEntries(CHART_NAMES.map((name) => [name, CHART_CATALOGUE[name].definition])) as {
    [Name in ChartName]: ChartType<unknown, ChartStep<Name>>;
  };

/** A chart type's entry with its state and step types erased, for code that handles every chart alike. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a component's props cannot widen to unknown steps
export function chartEntry(name: ChartName): ChartEntry<any, any, object> {
  return CHART_CATALOGUE[name];
}
