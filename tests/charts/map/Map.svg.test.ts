import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { BASE_PARTS } from '../../../src/charts/map/base-parts';
import mapSource from '../../../src/charts/map/Map.svg.svelte?raw';
import { fakeDatum, fakePercent } from '../../support/chart-datum';
import { drawMadeUp, madeUpSection, renderStep } from '../../support/chart-render';
import { styleFor } from '../../support/chart-style';
import { chartKey, chartSvg, classesOf, outside, placedTexts, TEXT_SIZES } from '../../support/chart-tree';
import { longLabels } from '../../support/long-labels';

const figures = [
  fakePercent('up', 5),
  fakePercent('zero', 0),
  fakePercent('down', -3),
  fakeDatum('plan', 8, { label: 'Label plan', valueText: '8 GW', kind: 'target' }),
];
// Svelte scopes a component's classes with one of its own; a reader's CSS class is any other.
const isOurs = (name: string) => !name.startsWith('svelte-');
const draw = (step: string) => drawMadeUp('map', [step], figures)[0]!;

/** The map as a reader sees it: the shapes lit up, the marks a tap opens, the lines, the names on it, and its key. */
function map(tree: Root) {
  const { svg } = chartSvg(tree);
  return {
    lit: selectAll('path.highlighted', svg).map((path) => (classesOf(path).includes('target') ? 'target' : 'outcome')),
    marks: selectAll('[role=button]', svg).map((mark) => String(mark.properties.ariaLabel)),
    lines: selectAll('g.line', svg).map((line) => (classesOf(line).includes('target') ? 'target' : 'outcome')),
    names: selectAll('text.label', svg).map((text) => toString(text).trim()),
    key: chartKey(tree),
  };
}

describe('render(MapChart, step)', () => {
  // A map lights regions and names them; it draws no magnitude, so zero and negative figures are marks like any other.
  it.each([
    [
      'one mark',
      'highlight="hohhot" figures="up"',
      { lit: ['outcome'], marks: ['Hohhot: 5%'], lines: [], names: ['Hohhot'] },
    ],
    ['a zero value', 'highlight="hohhot" figures="zero"', { lit: ['outcome'], marks: ['Hohhot: 0%'] }],
    ['a negative value', 'highlight="hohhot" figures="down"', { lit: ['outcome'], marks: ['Hohhot: down 3%'] }],
    [
      'a target region, lit as a plan beside an outcome',
      'highlight="hohhot, baotou" figures="up, plan"',
      { lit: ['outcome', 'target'], marks: ['Hohhot: 5%', 'Baotou: 8 GW (target)'] },
    ],
    [
      'a target line, drawn as a planned line',
      'view="china" lines="xilingol>jiangsu" lineFigures="plan"',
      {
        lines: ['target'],
        marks: ['Xilingol League to Jiangsu, schematic: 8 GW (target)'],
        key: 'Lines are schematic, not routes. Inset: South China Sea Islands.',
      },
    ],
  ])('%s', (_case, step, expected) => {
    expect(map(draw(step))).toMatchObject(expected);
  });

  it('draws a target region pale with a dashed edge, and a target line dashed', () => {
    expect(styleFor(mapSource, '.division.target')).toMatchObject({
      'fill-opacity': '0.3',
      'stroke-dasharray': expect.any(String),
    });
    expect(styleFor(mapSource, '.line.target .line-path')).toHaveProperty('stroke-dasharray');
  });

  it('has the build reject a mark outside the view, with its message', () => {
    expect(() => draw('view="inner-mongolia" highlight="jiangsu"')).toThrow(
      'step "step-1": jiangsu lies outside the inner-mongolia view; use view="china"',
    );
  });

  it.each(longLabels())('moves %s on a line into the key instead of across the map', (_case, label) => {
    const tree = draw(`view="china" lines="xilingol>jiangsu" labels="${label}"`);
    const { svg, width, height } = chartSvg(tree);
    expect(map(tree)).toMatchObject({ names: ['Xilingol', 'Jiangsu'] });
    expect(map(tree).key).toContain(`Xilingol → Jiangsu: ${label}.`);
    expect(outside(placedTexts(svg, TEXT_SIZES.map!), width, height)).toEqual([]);
  });
});

describe('render(MapChart, { baseHref })', () => {
  const section = madeUpSection('map', ['highlight="hohhot" figures="up"'], figures);
  // The props the page's copies add to a section's (catalogue.ts), which a made-up section does not know of.
  const withHref = (baseHref?: string) => ({ ...section.props, baseHref }) as typeof section.props;
  const drawBase = (baseHref?: string) =>
    chartSvg(fromHtml(renderStep({ ...section, props: withHref(baseHref) }, 0), { fragment: true })).svg;
  /** Each <use> as its address and the classes a reader's CSS styles it by. */
  const uses = (svg: Element) =>
    selectAll('use', svg).map((use) => [use.properties.href, classesOf(use).filter(isOurs).join(' ')]);

  it('shows each layer of the base map from its file, styled by the class on its <use>, and draws no border itself', () => {
    const svg = drawBase('/maps/base-0123456789.svg');
    expect(uses(svg)).toEqual(BASE_PARTS.map((part) => [`/maps/base-0123456789.svg#${part.id}`, part.className]));
    expect(selectAll('path:not(.highlighted, .hit)', svg)).toEqual([]);
  });

  it('without one, shows the layers from its own document, where a share card puts them', () => {
    expect(uses(drawBase())).toEqual(BASE_PARTS.map((part) => [`#${part.id}`, part.className]));
  });
});
