import { describe, expect, it } from 'vitest';
import { loadFigures } from '../../src/figures/registry';

describe('data/figures (the real figure base)', () => {
  it('proves every figure against its source', () => {
    // A DataError here lists every broken record with its file and line.
    expect(loadFigures().length).toBeGreaterThan(0);
  });
});
