import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DataError } from '../lib/text-file';
import { chartDatum, type ChartDatum } from '../charts/datum';
import { loadFacts } from '../context/registry';
import type { Fact } from '../context/fact';
import type { Squeezed } from '../sources/quote-match';
import { accountNumbers, type NumberLedger } from '../figures/ledger';
import { loadFigures, type CheckedFigure } from '../figures/registry';
import { loadRelations, type RelationResult } from '../figures/relations';
import { figureViews } from '../figures/view';
import { loadSources, readSourceTexts } from '../sources/registry';
import type { Source } from '../sources/source';

/** Everything stories are checked and drawn against: the documents, their proven figures, cross-checks and outside facts. */
export interface FigureBase {
  sources: Source[];
  /** Each source's text, white space squeezed out, for finding quotes. */
  texts: ReadonlyMap<string, Squeezed>;
  figures: CheckedFigure[];
  relations: RelationResult[];
  facts: Fact[];
  /** Every number of every source, each a figure, a date or an exclusion. */
  ledger: NumberLedger;
  /** Every figure as charts receive it, on English pages and on Chinese ones. */
  data: ReadonlyMap<string, ChartDatum>;
  dataZh: ReadonlyMap<string, ChartDatum>;
}

/** Reads and proves the whole figure base from `root`/data/; a bad record throws with its file, line and field. */
export function loadFigureBase(root: string = process.cwd()): FigureBase {
  const dir = (name: string) => resolve(root, 'data', name);
  const sources = loadSources(dir('sources'));
  if (sources.length === 0) throw new Error('data/sources/sources.yaml lists no sources');
  const figures = loadFigures(dir('figures'), sources, dir('sources'));
  const relations = loadRelations(figures, dir('relations'));
  const texts = readSourceTexts(sources, dir('sources'));
  const ledger = accountNumbers(texts, figures, dir('exclusions'));
  if (ledger.problems.length > 0) {
    throw new DataError(
      `${ledger.problems.length} number(s) of the sources not accounted for; each must be a figure's value within its quote or listed in data/exclusions/ with its reason:\n${ledger.problems.join('\n')}`,
    );
  }
  return {
    sources,
    texts: new Map([...texts].map(([id, text]) => [id, text.squeezed])),
    figures,
    relations,
    ledger,
    facts: loadFacts(dir('context')),
    ...((views) => ({
      data: new Map(views.map((view) => [view.figure.id, chartDatum(view, 'en')])),
      dataZh: new Map(views.map((view) => [view.figure.id, chartDatum(view, 'zh')])),
    }))(figureViews(figures, sources, relations, [])),
  };
}

let proven: { key: string; base: FigureBase } | undefined;

/** What every file under `dir` is now (path, size, time of last change), so an edit anywhere changes it. */
function fingerprint(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      const { size, mtimeMs } = statSync(path);
      return `${path} ${size} ${mtimeMs}`;
    })
    .sort()
    .join('\n');
}

/**
 * The figure base of `root`/data/, proven once and shared by every page and the stories loader until a file under data/
 * changes: in a build that is once, and in the dev server an edited figure, relation, fact or source is proven anew
 * on the next request, or its mistake is thrown there for Astro's error overlay.
 */
export function figureBase(root: string = process.cwd()): FigureBase {
  const key = `${resolve(root)}\n${fingerprint(resolve(root, 'data'))}`;
  if (proven?.key !== key) proven = { key, base: loadFigureBase(root) };
  return proven.base;
}
