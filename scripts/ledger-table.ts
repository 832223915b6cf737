import { summarizeLedger, type NumberAccount } from '../src/figures/ledger';

/** The share of numbers with a unit that are figures, as the README prints it: "90.2%". */
const share = (figures: number, withUnit: number) =>
  `${withUnit === 0 ? '0.0' : ((100 * figures) / withUnit).toFixed(1)}%`;

/** The number ledger as a Markdown table, a row per source and one for all: what the README shows and a test keeps true. */
export function ledgerTable(accounts: readonly NumberAccount[], sourceIds: readonly string[]): string {
  const rows = [...sourceIds.map((id) => [`\`${id}\``, id] as const), ['all', undefined] as const].map(([name, id]) => {
    const s = summarizeLedger(id === undefined ? accounts : accounts.filter((account) => account.source === id));
    const open = s.numbers - s.figures - s.exclusions;
    return `| ${name} | ${s.numbers} | ${s.withUnit} | ${s.figures} | ${s.exclusions} | ${open} | ${s.dates} | ${share(s.figuresWithUnit, s.withUnit)} |`;
  });
  return [
    '| document | numbers | with a unit | figures | not figures | open | dates | figures among numbers with a unit |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}
