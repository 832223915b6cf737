import { readFileSync } from 'node:fs';
import type { Component } from 'svelte';
import { parse } from 'svelte/compiler';
import { render } from 'svelte/server';
import Bars from '../charts/bars/Bars.svg.svelte';
import barsSource from '../charts/bars/Bars.svg.svelte?raw';
import type { BigNumberStep } from '../charts/big-number/big-number';
import type { ChartProps } from '../charts/frame';
import Line from '../charts/line/Line.svg.svelte';
import lineSource from '../charts/line/Line.svg.svelte?raw';
import MapChart from '../charts/map/Map.svg.svelte';
import mapSource from '../charts/map/Map.svg.svelte?raw';
import Proportion from '../charts/proportion/Proportion.svg.svelte';
import proportionSource from '../charts/proportion/Proportion.svg.svelte?raw';
import chartSvgSource from '../charts/shared/ChartSvg.svelte?raw';
import Units from '../charts/units/Units.svg.svelte';
import unitsSource from '../charts/units/Units.svg.svelte?raw';
import { GLOBAL_CSS } from '../lib/site-palette';
import type { CardColours, CardGraphic } from './card';
import { paletteFrom } from '../lib/palette';
import { staticChartCss, type StaticCss } from './chart-css';
import { staticChartSvg } from './static-svg';

// Each SVG chart with its source, whose <style> block styles the marks it draws.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- erases each component's own step type; props can't widen to unknown
const SVG_CHARTS: Record<string, { component: Component<ChartProps<any>>; source: string }> = {
  bars: { component: Bars, source: barsSource },
  line: { component: Line, source: lineSource },
  map: { component: MapChart, source: mapSource },
  proportion: { component: Proportion, source: proportionSource },
  units: { component: Units, source: unitsSource },
};

const palette = paletteFrom(readFileSync(GLOBAL_CSS, 'utf8'));
const cssByChart = new Map<string, StaticCss>();

/** The `<style>` contents of a Svelte component's source. */
function styleOf(source: string): string {
  return parse(source, { modern: true }).css?.content.styles ?? '';
}

/** The card colours, from the site's light palette. */
export function cardColours(): CardColours {
  const colour = (name: string) => palette.get(name) ?? '';
  return {
    bg: colour('--bg'),
    ink: colour('--ink'),
    muted: colour('--ink-muted'),
    accent: colour('--accent'),
    highlight: colour('--chart-highlight'),
    rule: colour('--rule'),
    chartMuted: colour('--chart-muted'),
  };
}

/** Draws step `index` of a chart with its own Svelte component, as a still picture for a share card. */
export function chartGraphic(
  chart: string,
  props: Omit<ChartProps<unknown>, 'initial' | 'interactive'>,
  index: number,
): CardGraphic {
  if (chart === 'big-number') {
    const step = (props.steps as BigNumberStep[])[index]!;
    return {
      kind: 'numbers',
      cells: step.cells.map((cell) => ({
        value: cell.datum.valueEn,
        label: cell.label,
        meta: [cell.datum.kind === 'target' ? 'Target or plan' : '', cell.datum.placeEn, cell.datum.periodEn]
          .filter(Boolean)
          .join(' · '),
        highlighted: cell.highlighted,
      })),
    };
  }
  const entry = SVG_CHARTS[chart];
  if (!entry) throw new Error(`No share-image renderer for chart type "${chart}"`);
  let css = cssByChart.get(chart);
  if (!css) {
    css = staticChartCss([styleOf(chartSvgSource), styleOf(entry.source)], palette);
    cssByChart.set(chart, css);
  }
  const { body } = render(entry.component, { props: { ...props, initial: index, interactive: false } });
  return { kind: 'svg', chart: staticChartSvg(body, css) };
}
