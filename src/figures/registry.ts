import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { DataError, displayPath, readTextFile } from '../lib/text-file';
import { readYamlFolder } from '../lib/yaml-records';
import { loadSources, sourceTextFile, SOURCES_DIR } from '../sources/registry';
import type { Source } from '../sources/source';
import { figureSchema, type Figure } from './figure';
import { quoteHedge } from './hedge';
import { containsNumber, findQuote, longestMatchingPrefix, squeeze, type Squeezed } from '../sources/quote-match';
import { parseUnit } from './units';

/** Where the curated figures live, relative to the project root. */
const FIGURES_DIR = resolve(process.cwd(), 'data/figures');

/** Where in its source a figure's quote stands, and the stable anchor of that passage on the source page. */
export interface Passage {
  start: number;
  end: number;
  anchor: string;
}

/** A figure proven against its source: its quote found, its value and unit inside the quote. */
export interface CheckedFigure extends Figure {
  /** The data file it was curated in, relative to the project root, and its line there. */
  file: string;
  line: number;
  passage: Passage;
}

/** The anchor of a passage: stable while its quote is unchanged, whatever figures come and go. */
export function passageAnchor(quote: string): string {
  return `p-${createHash('sha256').update(squeeze(quote).text).digest('hex').slice(0, 10)}`;
}

/** Loads every figure file in `dir`, proving each record against the sources; throws a DataError listing every problem. */
export function loadFigures(
  dir: string = FIGURES_DIR,
  sources: readonly Source[] = loadSources(),
  sourcesDir: string = SOURCES_DIR,
): CheckedFigure[] {
  const texts = new Map<string, Squeezed>(
    sources.map((source) => [source.id, squeeze(readTextFile(sourceTextFile(source.id, sourcesDir)))]),
  );
  const { files, problems } = readYamlFolder(dir, figureSchema, 'figure files');
  const figures: CheckedFigure[] = [];
  const firstSeen = new Map<string, string>();
  for (const { file, records } of files) {
    for (const record of records) {
      const figure = record.value;
      const where = (field: string) =>
        `${displayPath(file)}:${record.line(field) ?? '?'}: record ${record.index + 1} "${figure.id}", field ${field}`;
      const fail = (field: string, message: string) => problems.push(`${where(field)}: ${message}`);

      const earlier = firstSeen.get(figure.id);
      if (earlier) fail('id', `duplicate id; first used at ${earlier}`);
      else firstSeen.set(figure.id, `${displayPath(file)}:${record.line('id')}`);

      const text = texts.get(figure.source);
      if (!text) {
        fail('source', `unknown source; known sources are ${[...texts.keys()].join(', ')}`);
        continue;
      }
      const found = findQuote(text, figure.quote);
      if (!found) {
        const prefix = longestMatchingPrefix(text, figure.quote);
        const rest = squeeze(figure.quote).text.slice(prefix.length, prefix.length + 12);
        fail(
          'quote',
          prefix
            ? `not found in source ${figure.source} (white space ignored): it matches up to "…${prefix.slice(-12)}", then has "${rest}…"`
            : `not found in source ${figure.source} (white space ignored)`,
        );
        continue;
      }
      if (!containsNumber(figure.quote, figure.value))
        fail('value', `"${figure.value}" does not stand as a number in the quote`);
      const unitText = parseUnit(figure.unit).text;
      if (!squeeze(figure.quote).text.includes(unitText)) fail('unit', `"${figure.unit}" does not appear in the quote`);
      const hedge = quoteHedge(figure.quote, figure.value, unitText);
      if (hedge && figure.qualifier !== hedge.qualifier)
        fail(
          'qualifier',
          `the quote hedges ${figure.value} with ${hedge.hedge}, which the site always renders "${hedge.qualifier}"; write qualifier: ${hedge.qualifier}`,
        );
      figures.push({
        ...figure,
        file: displayPath(file),
        line: record.line() ?? 0,
        passage: { ...found, anchor: passageAnchor(figure.quote) },
      });
    }
  }
  if (problems.length > 0) {
    throw new DataError(`${problems.length} problem(s) in the figure base:\n${problems.join('\n')}`);
  }
  return figures;
}
