import { toString } from 'hast-util-to-string';
import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { BASE_PARTS } from '../../src/charts/map/base-parts';
import { chartGraphic } from '../../src/share/render-chart';
import type { Section } from '../../src/stories/section';
import { fakePercent } from '../support/chart-datum';
import { madeUpSection } from '../support/chart-render';

const figures = [fakePercent('a', 12), fakePercent('b', 3)];
const section = (chart: 'bars' | 'big-number', step: string) =>
  ({ ...madeUpSection(chart, [step], figures), headline: 'Made-up figures' }) as unknown as Section;

describe('chartGraphic(section, index)', () => {
  it('draws a step’s notes on the card’s chart', () => {
    const graphic = chartGraphic(section('bars', 'figures="a, b" annotate="b: The slower one"'), 0);
    if (graphic.kind !== 'svg') throw new Error('expected a drawn chart');
    expect(selectAll('text.note-text', graphic.chart.svg, 'svg').map(toString).join(' ')).toBe('The slower one');
  });

  it('gives a big number’s card cell its note', () => {
    const graphic = chartGraphic(section('big-number', 'figures="a, b" annotate="b: The slower one"'), 0);
    if (graphic.kind !== 'numbers') throw new Error('expected big-number cells');
    expect(graphic.cells.map((cell) => cell.note)).toEqual([undefined, 'The slower one']);
  });
});

describe('chartGraphic(map section, index)', () => {
  it('carries the base map’s layers itself, for every <use> on the card to show', () => {
    const map = {
      ...madeUpSection('map', ['highlight="hohhot"'], figures),
      headline: 'Made-up map',
    } as unknown as Section;
    const graphic = chartGraphic(map, 0);
    if (graphic.kind !== 'svg') throw new Error('expected a drawn chart');
    const ids = selectAll('defs > g[id]', graphic.chart.svg, 'svg').map((group) => group.properties.id);
    expect(ids).toEqual(BASE_PARTS.map((part) => part.id));
    const shown = selectAll('use', graphic.chart.svg, 'svg').map((use) => use.properties.href);
    expect(shown).toEqual(BASE_PARTS.map((part) => `#${part.id}`));
    // Every shape stands on its own in its layer: a path inside a path would not be drawn.
    expect(selectAll('defs > g > path', graphic.chart.svg, 'svg').length).toBeGreaterThan(40);
    expect(selectAll('path path', graphic.chart.svg, 'svg')).toEqual([]);
  });
});
