import { readFileSync } from 'node:fs';
import { parse } from 'svelte/compiler';
import { render } from 'svelte/server';
import { CHART_NAMES, chartEntry } from '../charts/catalogue';
import annotationsSource from '../charts/shared/Annotations.svelte?raw';
import chartSvgSource from '../charts/shared/ChartSvg.svelte?raw';
import { GLOBAL_CSS } from '../lib/site-palette';
import type { CardColours, CardGraphic } from './card';
import { paletteFrom } from '../lib/palette';
import { staticChartCss, type StaticCss } from './chart-css';
import { staticChartSvg } from './static-svg';
import type { Section } from '../stories/section';

const palette = paletteFrom(readFileSync(GLOBAL_CSS, 'utf8'));
const cssByChart = new Map<string, StaticCss>();
// Share cards are drawn synchronously, so every chart's component is loaded once, up front.
const components = new Map(
  await Promise.all(CHART_NAMES.map(async (name) => [name, (await chartEntry(name).component()).default] as const)),
);

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

/** Draws step `index` of a section's chart with its own Svelte component, as a still picture for a share card. */
export function chartGraphic(section: Section, index: number): CardGraphic {
  const { share } = chartEntry(section.chart);
  const { credit, text, frames, steps } = section.props;
  if (share.kind === 'numbers')
    return { kind: 'numbers', cells: share.cells(steps[index], frames[index]?.annotations ?? []) };
  let css = cssByChart.get(section.chart);
  if (!css) {
    css = staticChartCss([styleOf(chartSvgSource), styleOf(annotationsSource), styleOf(share.source)], palette);
    cssByChart.set(section.chart, css);
  }
  const props = { headline: section.headline, credit, text, frames, steps, initial: index, interactive: false };
  const { body } = render(components.get(section.chart)!, { props });
  return { kind: 'svg', chart: staticChartSvg(body, css, share.defs?.()) };
}
