import type { ChartType } from '../charts/chart';
import type { ChartDatum } from '../charts/datum';
import type { FrameStep } from '../charts/frame';
import type { ScrollyStep } from './transform';

/** Everything a scrolly section's chart needs, resolved at build time. */
export interface SectionProps {
  credit: string;
  frames: FrameStep[];
  steps: unknown[];
}

/** Resolves a section's steps for its chart: descriptions, data tables, drawable states and the source credit. */
export function sectionProps(
  chart: ChartType<unknown, unknown>,
  steps: readonly ScrollyStep[],
  data: ReadonlyMap<string, ChartDatum>,
): SectionProps {
  const credits = new Set<string>();
  const frames = steps.map((step): FrameStep => {
    const table = chart.figureIds(step.state).map((id: string) => data.get(id)!);
    for (const datum of table) credits.add(datum.credit);
    return { id: step.id, description: chart.describe(step.state, data), table };
  });
  return { credit: [...credits].join('; '), frames, steps: steps.map((step) => chart.resolve(step.state, data)) };
}
