import { describe, expect, it } from 'vitest';
import { loadFigures } from '../../src/figures/registry';
import { loadRelations } from '../../src/figures/relations';

describe('data/figures (the real figure base)', () => {
  it('proves every figure against its source', () => {
    // A DataError here lists every broken record with its file and line.
    expect(loadFigures().length).toBeGreaterThan(0);
  });
});

describe('data/relations (the real relations)', () => {
  it('names only known figures and can be recomputed', () => {
    expect(loadRelations(loadFigures()).length).toBeGreaterThan(0);
  });
});
