import { describe, expect, it } from 'vitest';
import { RETIRED_FIGURES } from '../../src/lib/retired-figures';
import { loadFigureBase } from '../../src/stories/figure-base';

describe('RETIRED_FIGURES', () => {
  const ids = new Set(loadFigureBase().figures.map((figure) => figure.id));

  it.each(Object.entries(RETIRED_FIGURES))('sends %s on to %s, a figure of the base', (retired, current) => {
    expect(ids.has(current), `${current} is not a figure`).toBe(true);
    expect(ids.has(retired), `${retired} names a figure again; retired ids are never reused`).toBe(false);
  });
});
