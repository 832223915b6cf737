/**
 * Prints the number ledger of the five documents: per source, how many numbers there are, how many are figures,
 * exclusions and dates, and every number still unaccounted for with its line. `npm run numbers -- <source-id>` lists
 * only that source's open numbers; `--all` lists every number with what accounts for it.
 */
import { resolve } from 'node:path';
import { readTextFile } from '../src/lib/text-file';
import { accountNumbers, summarizeLedger } from '../src/figures/ledger';
import { squeeze } from '../src/figures/quote-match';
import { loadFigures } from '../src/figures/registry';
import { loadSources, sourceTextFile } from '../src/sources/registry';

const args = process.argv.slice(2);
const all = args.includes('--all');
const only = args.find((arg) => !arg.startsWith('--'));
const data = (name: string) => resolve(process.cwd(), 'data', name);
const sources = loadSources(data('sources'));
const figures = loadFigures(data('figures'), sources, data('sources'));
const texts = new Map(
  sources.map((source) => {
    const raw = readTextFile(sourceTextFile(source.id, data('sources')));
    return [source.id, { raw, squeezed: squeeze(raw) }];
  }),
);
const ledger = accountNumbers(texts, figures, data('exclusions'));

const rows = [...sources.map((source) => source.id), 'all'].map((id) => {
  const summary = summarizeLedger(ledger.accounts.filter((account) => id === 'all' || account.source === id));
  const open = summary.numbers - summary.figures - summary.exclusions;
  const share = summary.withUnit === 0 ? 0 : (100 * summary.figuresWithUnit) / summary.withUnit;
  return `${id.padEnd(30)} ${String(summary.numbers).padStart(7)} ${String(summary.withUnit).padStart(9)} ${String(summary.figures).padStart(7)} ${String(summary.exclusions).padStart(10)} ${String(open).padStart(5)} ${String(summary.dates).padStart(5)} ${share.toFixed(1).padStart(7)}%`;
});
console.log(`${'source'.padEnd(30)} numbers with unit figures exclusions  open dates figures/unit`);
console.log(rows.join('\n'));

if (all) {
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
