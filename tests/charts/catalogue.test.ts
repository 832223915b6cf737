import { describe, expect, it } from 'vitest';
import { CHART_CATALOGUE, CHART_DEFINITIONS, CHART_NAMES, chartEntry } from '../../src/charts/catalogue';
import { defaultBaseFile } from '../../src/charts/map/map';
import { withBase } from '../../src/lib/urls';

describe('CHART_CATALOGUE', () => {
  it.each(CHART_NAMES)(
    '%s: is the chart its definition names, with a component and a way onto share cards',
    async (name) => {
      const entry = chartEntry(name);
      expect(entry.definition.name).toBe(name);
      expect(CHART_DEFINITIONS[name]).toBe(entry.definition);
      expect(typeof (await entry.component()).default).toBe('function');
      if (entry.share.kind === 'svg') expect(entry.share.source).toMatch(/<style>[\s\S]*<\/style>/);
      else expect(typeof entry.share.cells).toBe('function');
    },
  );

  it('draws only the HTML chart, big-number, as the card’s own numbers', () => {
    expect(CHART_NAMES.filter((name) => chartEntry(name).share.kind === 'numbers')).toEqual(['big-number']);
  });

  it.each(CHART_NAMES.filter((name) => name !== 'map'))('%s: hands every copy the steps as they are', (name) => {
    const steps = [{}, {}];
    expect(chartEntry(name).copy(steps)).toEqual({ steps });
  });

  it('points every copy of a map at the one base map file', () => {
    const href = withBase(defaultBaseFile().path);
    expect(href).toMatch(/\/maps\/base-[0-9a-f]{10}\.svg$/);
    expect(CHART_CATALOGUE.map.copy([])).toEqual({ steps: [], baseHref: href });
  });
});
