import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHART_NAMES } from '../../src/charts/catalogue';

// Astro hydrates only a component it sees by name, so each chart type needs its own island line in Chart.astro.
const source = readFileSync('src/components/Chart.astro', 'utf8');
const islands = [...source.matchAll(/section\.chart === '([a-z-]+)' && \(?\s*<(\w+) client:ahead/g)].map(
  ([, name, component]) => ({ name: name!, component: component! }),
);
const imports = new Map(
  [...source.matchAll(/^import (\w+) from '(\.\.\/charts\/[^']+\.svelte)';$/gm)].map(([, name, path]) => [
    name!,
    path!,
  ]),
);

describe('Chart.astro', () => {
  it('has one client:ahead island per chart type in the catalogue, and none for a type it lacks', () => {
    expect(islands.map((island) => island.name).sort()).toEqual([...CHART_NAMES].sort());
  });

  it.each(islands)('hydrates $name with a Svelte component imported by name', ({ component }) => {
    expect(imports.get(component)).toMatch(/^\.\.\/charts\/[a-z-]+\/\w+\.(svg|html)\.svelte$/);
  });
});
