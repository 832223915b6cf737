import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import Bars from '../../src/charts/bars/Bars.svg.svelte';
import BigNumber from '../../src/charts/big-number/BigNumber.html.svelte';
import type { ChartDatum } from '../../src/charts/datum';
import type { ChartProps } from '../../src/charts/frame';
import Line from '../../src/charts/line/Line.svg.svelte';
import MapChart from '../../src/charts/map/Map.svg.svelte';
import Proportion from '../../src/charts/proportion/Proportion.svg.svelte';
import { CHARTS } from '../../src/charts/registry';
import Units from '../../src/charts/units/Units.svg.svelte';
import { sectionProps } from '../../src/scrolly/section';
import { chartData, transformStoryFile } from '../../src/stories/story-context';
import { transformStory, type StoryBlock } from '../../src/stories/transform';

/** What a section's chart component gets from the page before it is told which step to show. */
export type SectionChartProps = Omit<ChartProps<unknown>, 'initial' | 'interactive'>;

/** A scroll section of a story: where it is, its chart type, its step ids in order, and its chart's props. */
export interface StorySection {
  /** The story's file name without `.md`. */
  story: string;
  id: string;
  chart: string;
  stepIds: string[];
  props: SectionChartProps;
}

/** Each chart type's component, by the name stories use, as src/components/Chart.astro picks it. */
export const CHART_COMPONENTS: Record<string, Component<ChartProps<any>>> = {
  bars: Bars,
  'big-number': BigNumber,
  line: Line,
  map: MapChart,
  proportion: Proportion,
  units: Units,
};

/** The scroll sections of a transformed story, each with its chart's props resolved against `data`. */
function sections(story: string, blocks: StoryBlock[], data: ReadonlyMap<string, ChartDatum>): StorySection[] {
  return blocks.flatMap((block) =>
    block.kind === 'scrolly'
      ? [
          {
            story,
            id: block.id,
            chart: block.chart,
            stepIds: block.steps.map((step) => step.id),
            props: { headline: block.headline, ...sectionProps(CHARTS[block.chart]!, block.steps, data) },
          },
        ]
      : [],
  );
}

/** Every scroll section of every story in `dir`, transformed and resolved as the story page does it. */
export function storySections(dir = 'stories'): StorySection[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .flatMap((file) => {
      const path = join(dir, file);
      // The content layer hands the transform the body after the frontmatter.
      const body = /^---\n[\s\S]*?\n---\n([\s\S]*)$/.exec(readFileSync(path, 'utf8'))?.[1];
      if (body === undefined) throw new Error(`${path} has no frontmatter`);
      return sections(basename(file, '.md'), transformStoryFile(path, body).blocks, chartData());
    });
}

/** A section of `chart` with a step per attribute string (`figures="a" highlight="a"`), over made-up figures. */
export function madeUpSection(chart: string, steps: readonly string[], figures: readonly ChartDatum[]): StorySection {
  // Built as the build builds a story's section, so an authoring mistake throws the build's StoryError and message.
  const body = [
    `::::scrolly{#made-up chart=${chart} headline="Made-up figures"}`,
    ...steps.map((attributes, index) => `:::step{#step-${index + 1} ${attributes}}\nStep text.\n:::`),
    '::::',
  ].join('\n\n');
  const data = new Map(figures.map((datum) => [datum.id, datum]));
  const { blocks } = transformStory(body, {
    file: 'stories/made-up.md',
    lineOffset: 0,
    figures: data,
    charts: CHARTS,
    facts: new Set(),
  });
  return sections('made-up', blocks, data)[0]!;
}

/** Step `index` of a section's chart as the page's static, non-interactive copy of that step: server-rendered HTML. */
export function renderStep(section: Pick<StorySection, 'chart' | 'props'>, index: number): string {
  const component = CHART_COMPONENTS[section.chart];
  if (!component) throw new Error(`No component for chart type "${section.chart}"; add it to CHART_COMPONENTS`);
  return render(component, { props: { ...section.props, initial: index, interactive: false } }).body;
}

/** Every step of a made-up section (see madeUpSection) as the page's static copy draws it, parsed into a syntax tree. */
export function drawMadeUp(chart: string, steps: readonly string[], figures: readonly ChartDatum[]): Root[] {
  const section = madeUpSection(chart, steps, figures);
  return section.stepIds.map((_, index) => fromHtml(renderStep(section, index), { fragment: true }));
}
