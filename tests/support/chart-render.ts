import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { render } from 'svelte/server';
import { CHART_DEFINITIONS, CHART_NAMES, chartEntry, type ChartName } from '../../src/charts/catalogue';
import type { ChartDatum } from '../../src/charts/datum';
import type { ChartProps } from '../../src/charts/frame';
import { loadFigureBase } from '../../src/stories/figure-base';
import { splitStory } from '../../src/stories/loader';
import { resolveSection } from '../../src/stories/section';
import { transformStory, type TransformContext } from '../../src/stories/transform';
import type { Lang } from '../../src/lib/editions';
import type { Section } from './built-sections';

// Steps are drawn synchronously, so every chart's component is loaded once, up front.
const components = new Map(
  await Promise.all(CHART_NAMES.map(async (name) => [name, (await chartEntry(name).component()).default] as const)),
);

/** What a section's chart component gets from the page before it is told which step to show. */
export type SectionChartProps = Omit<ChartProps<unknown>, 'initial' | 'interactive'>;

/** A scroll section of a story, as the e2e tests read it from a page, with its story, chart type and chart's props. */
export interface StorySection extends Section {
  /** The story's file name without `.md`. */
  story: string;
  chart: ChartName;
  props: SectionChartProps;
}

/** The scroll sections of a story body, transformed and resolved against `data` as the stories loader does it. */
function sections(story: string, body: string, context: Omit<TransformContext<ChartName>, 'charts'>): StorySection[] {
  const { blocks } = transformStory(body, { ...context, charts: CHART_DEFINITIONS });
  return blocks.flatMap((block) => {
    if (block.kind !== 'scrolly') return [];
    const { props } = resolveSection(block, context.figures, context.lang);
    return [
      {
        story,
        id: block.id,
        chart: block.chart,
        steps: block.steps.map((step) => step.id),
        props: { headline: block.headline, ...props },
      },
    ];
  });
}

/**
 * Every scroll section of every story in `dir`, transformed and resolved as the stories loader does it, in edition
 * `lang` (the Chinese editions are in stories/zh/).
 */
export function storySections(dir = 'stories', lang: Lang = 'en'): StorySection[] {
  const base = loadFigureBase();
  const facts = new Set(base.facts.map((fact) => fact.id));
  return readdirSync(dir)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .flatMap((file) => {
      const path = join(dir, file);
      const { body, lineOffset } = splitStory(readFileSync(path, 'utf8'), path);
      const figures = lang === 'zh' ? base.dataZh : base.data;
      return sections(basename(file, '.md'), body, { file: path, lineOffset, figures, facts, lang });
    });
}

/** A section of `chart` with a step per attribute string (`figures="a" highlight="a"`), over made-up figures. */
export function madeUpSection(
  chart: ChartName,
  steps: readonly string[],
  figures: readonly ChartDatum[],
): StorySection {
  // Built as the build builds a story's section, so an authoring mistake throws the build's StoryError and message.
  const body = [
    `::::scrolly{#made-up chart=${chart} headline="Made-up figures"}`,
    ...steps.map((attributes, index) => `:::step{#step-${index + 1} ${attributes}}\nStep text.\n:::`),
    '::::',
  ].join('\n\n');
  const data = new Map(figures.map((datum) => [datum.id, datum]));
  return sections('made-up', body, {
    file: 'stories/made-up.md',
    lineOffset: 0,
    figures: data,
    facts: new Set(),
    lang: 'en',
  })[0]!;
}

/** Step `index` of a section's chart as the page's static, non-interactive copy of that step: server-rendered HTML. */
export function renderStep(section: Pick<StorySection, 'chart' | 'props'>, index: number): string {
  // Without a base-map reference a map draws its own base, as on a share card, so each snapshot stands alone.
  return render(components.get(section.chart)!, { props: { ...section.props, initial: index, interactive: false } })
    .body;
}

/** Every step of a made-up section (see madeUpSection) as the page's static copy draws it, parsed into a syntax tree. */
export function drawMadeUp(chart: ChartName, steps: readonly string[], figures: readonly ChartDatum[]): Root[] {
  const section = madeUpSection(chart, steps, figures);
  return section.steps.map((_, index) => fromHtml(renderStep(section, index), { fragment: true }));
}
