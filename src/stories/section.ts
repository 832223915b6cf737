import { CHART_DEFINITIONS, type ChartName, type ChartStep } from '../charts/catalogue';
import { anchorNames, type ChartLocale, type ChartType } from '../charts/chart';
import type { ChartDatum } from '../charts/datum';
import { frameText, type FrameStep, type FrameText } from '../charts/frame';
import { fill, ui, type Lang } from '../i18n/dictionary';
import type { ScrollyBlock, ScrollyStep } from './transform';

/** Everything a scrolly section's chart needs, resolved at build time. */
export interface SectionProps<Step = unknown> {
  credit: string;
  text: FrameText;
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
  lang: Lang,
): SectionProps<Step> {
  const locale: ChartLocale = { lang, text: ui(lang).chart };
  const credits = new Set<string>();
  const frames = steps.map((step): FrameStep => {
    const table = chart.figureIds(step.state).map((id: string) => data.get(id)!);
    for (const datum of table) credits.add(datum.credit);
    const names = new Map(anchorNames(chart, step.state, data, lang).map((anchor) => [anchor.id, anchor.name]));
    const description = step.annotations.reduce(
      (text, note) =>
        fill(locale.text.describe.noteOn, { text, name: names.get(note.target)!, note: sentence(note.text, lang) }),
      chart.describe(step.state, data, locale),
    );
    return {
      id: step.id,
      description,
      table,
      annotations: step.annotations,
    };
  });
  return {
    credit: [...credits].join(locale.text.creditsJoin),
    text: frameText(locale.text),
    frames,
    steps: steps.map((step) => chart.resolve(step.state, data, locale)),
  };
}

/** A note as a sentence for a screen reader: ending in a full stop unless it ends in other punctuation. */
function sentence(text: string, lang: Lang): string {
  if (lang === 'zh') return /[。！？…”）]$/.test(text) ? text : `${text}。`;
  return /[.!?…)"”’]$/.test(text) ? text : `${text}.`;
}

/** A transformed scroll section with its chart resolved, ready for the page, the feed and the share cards. */
export function resolveSection(
  block: ScrollyBlock<ChartName>,
  data: ReadonlyMap<string, ChartDatum>,
  lang: Lang,
): Section {
  const chart: ChartType<unknown, unknown> = CHART_DEFINITIONS[block.chart];
  // The catalogue pairs each name with its definition, so the resolved steps are the named chart's steps.
  return { ...block, props: sectionProps(chart, block.steps, data, lang) } as Section;
}
