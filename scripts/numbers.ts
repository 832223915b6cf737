/**
 * Prints the number ledger of the five documents: per source, how many numbers there are, how many are figures,
 * exclusions and dates, and every number still unaccounted for with its line. `npm run numbers -- <source-id>` lists
 * only that source's problems; `--all` lists every number with what accounts for it.
 */
import { resolve } from 'node:path';
import { accountNumbers } from '../src/figures/ledger';
import { loadFigures } from '../src/figures/registry';
import { loadSources, readSourceTexts } from '../src/sources/registry';
import { ledgerTable } from './ledger-table';

const args = process.argv.slice(2);
const only = args.find((arg) => !arg.startsWith('--'));
const data = (name: string) => resolve(process.cwd(), 'data', name);
const sources = loadSources(data('sources'));
const figures = loadFigures(data('figures'), sources, data('sources'));
const ledger = accountNumbers(readSourceTexts(sources, data('sources')), figures, data('exclusions'));
console.log(
  `${figures.length} figures\n\n${ledgerTable(
    ledger.accounts,
    sources.map((source) => source.id),
  )}`,
);

if (args.includes('--all')) {
  for (const account of ledger.accounts.filter((a) => !only || a.source === only)) {
    const by = account.figure
      ? `figure ${account.figure}`
      : account.exclusion
        ? `${account.exclusion.reason} (${account.exclusion.file}:${account.exclusion.line})`
        : account.number.date
          ? 'date'
          : 'OPEN';
    console.log(`${account.source}:${account.line}\t${account.number.text}\t${by}`);
  }
}
const problems = ledger.problems.filter((problem) => !only || problem.includes(only));
if (problems.length > 0) {
  console.log(`\n${problems.length} problem(s):\n${problems.join('\n')}`);
  process.exitCode = 1;
}
