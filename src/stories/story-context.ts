import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { chartDatum, type ChartDatum } from '../charts/datum';
import { CHARTS } from '../charts/registry';
import { getFacts } from '../context/registry';
import { getFigures } from '../figures/registry';
import { getRelations } from '../figures/relations';
import { figureViews } from '../figures/view';
import { getSources } from '../sources/registry';
import { transformStory, type TransformContext, type TransformedStory } from './transform';

let data: Map<string, ChartDatum> | undefined;

/** Every figure as charts receive it, built once per build. */
export function chartData(): ReadonlyMap<string, ChartDatum> {
  data ??= new Map(
    figureViews(getFigures(), getSources(), getRelations(), []).map((view) => [view.figure.id, chartDatum(view)]),
  );
  return data;
}

/** The lines of a story file before its body, so transform errors can give file lines. */
export function bodyLineOffset(raw: string, body: string): number {
  const at = raw.lastIndexOf(body);
  return at < 0 ? 0 : raw.slice(0, at).split('\n').length - 1;
}

/** Transforms the story at `filePath` (as the content layer loaded it) with the site's figures and charts. */
export function transformStoryFile(filePath: string, body: string): TransformedStory {
  const context: TransformContext = {
    file: relative(process.cwd(), filePath) || filePath,
    // The content cache keeps an unchanged entry's old path after a rename; lines then count from the body.
    lineOffset: existsSync(filePath) ? bodyLineOffset(readFileSync(filePath, 'utf8'), body) : 0,
    figures: chartData(),
    charts: CHARTS,
    facts: new Set(getFacts().map((fact) => fact.id)),
  };
  return transformStory(body, context);
}
