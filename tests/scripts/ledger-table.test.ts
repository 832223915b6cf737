import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ledgerTable } from '../../scripts/ledger-table';
import { loadFigureBase } from '../../src/stories/figure-base';

describe('ledgerTable(accounts, sourceIds)', () => {
  it('is the table the README shows, so the README never states stale counts', () => {
    const { ledger, sources, figures } = loadFigureBase();
    const readme = readFileSync('README.md', 'utf8');
    const table = ledgerTable(
      ledger.accounts,
      sources.map((source) => source.id),
    );
    expect(readme, 'README.md: paste the table `npm run numbers` prints').toContain(table);
    expect(readme).toContain(`**${figures.length} figures**`);
  });
});
