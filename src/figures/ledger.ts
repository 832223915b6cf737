import { basename } from 'node:path';
import { displayPath } from '../lib/text-file';
import { readYamlFolder } from '../lib/yaml-records';
import { exclusionSchema, type Exclusion } from './exclusion';
import { printedValue } from './format';
import { toNumber } from './decimal';
import { scanNumbers, type ScannedNumber } from './number-scan';
import { squeeze } from '../sources/quote-match';
import type { SourceText } from '../sources/registry';
import type { CheckedFigure } from './registry';

/** One number of a source and what accounts for it: a figure, an exclusion, or the date rule. */
export interface NumberAccount {
  source: string;
  /** The line of the source text it stands on, 1-based. */
  line: number;
  number: ScannedNumber;
  /** The figure whose value it is, within that figure's quote. */
  figure?: string;
  /** The exclusion that lists it, and where that is written. */
  exclusion?: Exclusion & { file: string; line: number };
}

/** Every number of every source, accounted for or not, and every problem found. */
export interface NumberLedger {
  accounts: NumberAccount[];
  problems: string[];
}

/** What the numbers of one source (or all of them) come to. */
export interface LedgerSummary {
  /** Numbers that are not calendar dates. */
  numbers: number;
  /** Of those, the ones printed with a unit or counter. */
  withUnit: number;
  figures: number;
  figuresWithUnit: number;
  exclusions: number;
  dates: number;
}

const numeric = (value: string): number | undefined => {
  try {
    return toNumber(printedValue(value));
  } catch {
    return undefined;
  }
};

const normalUnit = (unit: string) => unit.replace(/\s/g, '').replace('％', '%');

/** Whether a scanned number is printed as `value` `unit` would be: same number, same unit (第N for a rank). */
function sameNumber(number: ScannedNumber, value: string, unit: string): boolean {
  const wanted = numeric(value);
  if (wanted === undefined || numeric(number.value) !== wanted) return false;
  const figureUnit = normalUnit(unit);
  const printed = normalUnit(number.unit);
  if (printed === figureUnit) return true;
  // 分别增长44.1个和27.8个百分点 prints the unit whole only after the last number of a pair.
  if (printed !== '' && figureUnit.startsWith(printed)) return true;
  return number.ordinal && printed === '' && figureUnit === '第';
}

/** The 1-based line of each offset of `text`. */
function lineOf(text: string): (offset: number) => number {
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}

/** A few characters either side of a number, for messages. */
function context(text: string, number: ScannedNumber): string {
  return `…${text.slice(Math.max(0, number.start - 8), number.end + 6)}…`;
}

/**
 * Accounts for every number the scanner finds in `texts` (by source id): each is a figure's value inside that figure's
 * quote (one number per figure, the first of its value and unit there), a calendar date, or listed in an exclusion
 * file `exclusionsDir`/<source-id>.yaml; anything else is a problem naming the source line and the number.
 */
export function accountNumbers(
  texts: ReadonlyMap<string, SourceText>,
  figures: readonly CheckedFigure[],
  exclusionsDir: string,
): NumberLedger {
  const problems: string[] = [];
  const accounts = new Map<string, NumberAccount[]>();
  for (const [source, text] of texts) {
    const line = lineOf(text.raw);
    accounts.set(
      source,
      scanNumbers(text.squeezed.text).map((number) => ({
        source,
        line: line(text.squeezed.offsets[number.start]!),
        number,
      })),
    );
  }

  for (const figure of figures) {
    const text = texts.get(figure.source);
    if (!text) continue;
    const inQuote = (accounts.get(figure.source) ?? []).filter((account) => {
      const start = text.squeezed.offsets[account.number.start]!;
      const end = text.squeezed.offsets[account.number.end - 1]! + 1;
      return start >= figure.passage.start && end <= figure.passage.end;
    });
    const claimed = inQuote.find(
      (account) => !account.figure && !account.number.date && sameNumber(account.number, figure.value, figure.unit),
    );
    if (claimed) claimed.figure = figure.id;
  }

  const byId = new Map(figures.map((figure) => [figure.id, figure]));
  const { files, problems: fileProblems } = readYamlFolder(exclusionsDir, exclusionSchema, 'exclusion files');
  problems.push(...fileProblems);
  for (const { file, records } of files) {
    const name = basename(file, '.yaml');
    // A source's exclusions may be split over files named <source-id>-<part>.yaml.
    const source = [...texts.keys()]
      .filter((id) => name === id || name.startsWith(`${id}-`))
      .sort((a, b) => b.length - a.length)[0];
    const text = source === undefined ? undefined : texts.get(source);
    if (source === undefined || !text) {
      problems.push(
        `${displayPath(file)}: names no source; name each exclusion file after its source, <source-id>.yaml or <source-id>-<part>.yaml: ${[...texts.keys()].join(', ')}`,
      );
      continue;
    }
    for (const record of records) {
      const exclusion = record.value;
      const where = (field: string) => `${displayPath(file)}:${record.line(field) ?? '?'}: record ${record.index + 1}`;
      const quote = squeeze(exclusion.quote).text;
      const at = text.squeezed.text.indexOf(quote);
      if (at < 0) {
        problems.push(`${where('quote')}, field quote: not found in source ${source} (white space ignored)`);
        continue;
      }
      const inQuote = (accounts.get(source) ?? []).filter(
        (account) => account.number.start >= at && account.number.end <= at + quote.length,
      );
      for (const printed of exclusion.numbers) {
        const wanted = printed.replace(/\s/g, '');
        const matching = inQuote.filter(
          (account) => account.number.text === wanted && !account.figure && !account.exclusion,
        );
        if (matching.length === 0) {
          const open = inQuote.filter((account) => !account.figure && !account.exclusion && !account.number.date);
          problems.push(
            `${where('numbers')}, field numbers: "${printed}" is not a number of the quote that is still to account for; ` +
              (open.length > 0
                ? `the quote's open numbers are ${[...new Set(open.map((account) => `"${account.number.text}"`))].join(', ')}`
                : 'every number in the quote is already a figure, a date or excluded'),
          );
          continue;
        }
        const repeated = exclusion.figure ? byId.get(exclusion.figure) : undefined;
        if (exclusion.figure && !repeated) {
          problems.push(`${where('figure')}, field figure: unknown figure "${exclusion.figure}"`);
        } else if (exclusion.reason === 'repeat' && repeated) {
          const unlike = matching.find((account) => !sameNumber(account.number, repeated.value, repeated.unit));
          if (unlike) {
            problems.push(
              `${where('figure')}, field figure: "${unlike.number.text}" is not a repeat of ${repeated.id} (${repeated.value} ${repeated.unit})`,
            );
          }
        }
        for (const account of matching) {
          account.exclusion = { ...exclusion, file: displayPath(file), line: record.line() ?? 0 };
        }
      }
    }
  }

  const all = [...accounts.values()].flat();
  for (const account of all) {
    if (account.figure || account.exclusion || account.number.date) continue;
    const text = texts.get(account.source)!;
    problems.push(
      `data/sources/${account.source}.txt:${account.line}: "${account.number.text}" (${context(text.squeezed.text, account.number)}) is neither a figure's value within its quote nor listed in data/exclusions/${account.source}.yaml`,
    );
  }
  return { accounts: all, problems };
}

/** Counts the ledger's numbers: how many there are, with a unit, figures, exclusions and dates. */
export function summarizeLedger(accounts: readonly NumberAccount[]): LedgerSummary {
  const summary: LedgerSummary = { numbers: 0, withUnit: 0, figures: 0, figuresWithUnit: 0, exclusions: 0, dates: 0 };
  for (const { number, figure, exclusion } of accounts) {
    if (number.date && !figure) {
      summary.dates++;
      continue;
    }
    summary.numbers++;
    if (number.unit) summary.withUnit++;
    if (figure) {
      summary.figures++;
      if (number.unit) summary.figuresWithUnit++;
    } else if (exclusion) summary.exclusions++;
  }
  return summary;
}

/** The exclusions that account for a source's numbers, once each, in the order the document prints them. */
export function ledgerExclusions(accounts: readonly NumberAccount[], source: string): Exclusion[] {
  const seen = new Set<string>();
  const rows: Exclusion[] = [];
  for (const { source: id, exclusion } of accounts) {
    if (id !== source || !exclusion) continue;
    const key = `${exclusion.file}:${exclusion.line}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const { file: _file, line: _line, ...record } = exclusion;
    rows.push(record);
  }
  return rows;
}
