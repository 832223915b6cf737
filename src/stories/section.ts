import { CHART_DEFINITIONS, type ChartName, type ChartStep } from '../charts/catalogue';
import { anchorNames, type ChartType } from '../charts/chart';
import type { ChartDatum } from '../charts/datum';
import type { ChartText, FrameStep } from '../charts/frame';
import { ui } from '../i18n/dictionary';
import type { ScrollyBlock, ScrollyStep } from './transform';

/** Everything a scrolly section's chart needs, resolved at build time. */
export interface SectionProps<Step = unknown> {
  credit: string;
  text: ChartText;
  frames: FrameStep[];
  steps: Step[];
}

/** A scroll section with its chart resolved: the chart's name types the steps its component draws. */
export type Section = {
  [Name in ChartName]: ScrollyBlock<Name> & { props: SectionProps<ChartStep<Name>> };
}[ChartName];

/** Resolves a section's steps for its chart: descriptions, data tables, drawable states and the source credit. */
export function sectionProps<Step>(
  chart: ChartType<unknown, Step>,
  steps: readonly ScrollyStep[],
  data: ReadonlyMap<string, ChartDatum>,
): SectionProps<Step> {
  const credits = new Set<string>();
  const frames = steps.map((step): FrameStep => {
    const table = chart.figureIds(step.state).map((id: string) => data.get(id)!);
    for (const datum of table) credits.add(datum.credit);
    const names = new Map(anchorNames(chart, step.state, data).map((anchor) => [anchor.id, anchor.name]));
    const notes = step.annotations.map((note) => ` Note on ${names.get(note.target)}: ${sentence(note.text)}`);
    return {
      id: step.id,
      description: chart.describe(step.state, data) + notes.join(''),
      table,
      annotations: step.annotations,
    };
  });
  return {
    credit: [...credits].join('; '),
    text: ui('en').chart,
    frames,
    steps: steps.map((step) => chart.resolve(step.state, data)),
  };
}

/** A note as a sentence for a screen reader: ending in a full stop unless it ends in other punctuation. */
function sentence(text: string): string {
  return /[.!?…)"”’]$/.test(text) ? text : `${text}.`;
}

/** A transformed scroll section with its chart resolved, ready for the page, the feed and the share cards. */
export function resolveSection(block: ScrollyBlock<ChartName>, data: ReadonlyMap<string, ChartDatum>): Section {
  const chart: ChartType<unknown, unknown> = CHART_DEFINITIONS[block.chart];
  // The catalogue pairs each name with its definition, so the resolved steps are the named chart's steps.
  return { ...block, props: sectionProps(chart, block.steps, data) } as Section;
}
