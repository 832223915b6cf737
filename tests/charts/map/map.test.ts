import { EN } from '../../support/chart-locale';
import { describe, expect, it } from 'vitest';
import type { ChartDatum } from '../../../src/charts/datum';
import { defaultGeometry, mapChart, resolveMap } from '../../../src/charts/map/map';
import { fakeDatum } from '../../support/chart-datum';

const datum = (id: string, valueText: string, kind: ChartDatum['kind'] = 'level') =>
  fakeDatum(id, 1, { label: `Label ${id}`, valueText, kind });
const data = new Map(
  [datum('a', '10 GW'), datum('b', '192 billion kWh'), datum('t', '20 GW', 'target')].map((d) => [d.id, d]),
);
const parse = (attributes: Record<string, string>) => mapChart.state.parse(attributes);

describe('mapChart.state', () => {
  it('parses region lists, lines as from>to, | labels, and defaults to the china view', () => {
    expect(
      parse({ highlight: 'xilingol, hohhot', lines: 'xilingol > jiangsu,hulunbuir>liaoning', labels: 'A | B' }),
    ).toEqual({
      view: 'china',
      highlight: ['xilingol', 'hohhot'],
      figures: [],
      lines: [
        { from: 'xilingol', to: 'jiangsu' },
        { from: 'hulunbuir', to: 'liaoning' },
      ],
      lineFigures: [],
      labels: ['A', 'B'],
      points: [],
    });
    expect(parse({ view: 'inner-mongolia', points: 'baotou' })).toMatchObject({
      view: 'inner-mongolia',
      points: ['baotou'],
    });
  });

  it.each([
    [{}, '', 'a map step needs highlight, lines or points'],
    [{ note: 'Only a note' }, '', 'a map step needs highlight, lines or points'],
    [
      { highlight: 'xilingol, mars' },
      'highlight',
      'unknown region mars; use a place id (hohhot, xilingol, …) or a province id (beijing, jiangsu, …)',
    ],
    [{ highlight: '' }, 'highlight', 'name at least one region'],
    [
      { lines: 'xilingol-jiangsu' },
      'lines',
      '"xilingol-jiangsu" is not a line; write from>to, such as xilingol>jiangsu',
    ],
    [
      { lines: 'xilingol>jiangsu>zhejiang' },
      'lines',
      '"xilingol>jiangsu>zhejiang" is not a line; write from>to, such as xilingol>jiangsu',
    ],
    [
      { lines: 'xilingol>taizhou' },
      'lines',
      'unknown region taizhou in "xilingol>taizhou"; use a place id (hohhot, xilingol, …) or a province id (beijing, jiangsu, …)',
    ],
    [{ highlight: 'hohhot', view: 'world' }, 'view', undefined],
    [{ highlight: 'hohhot', labels: 'A||' }, 'labels.1', 'a label is empty'],
    [{ highlight: 'hohhot', colour: 'red' }, '', undefined],
  ])('rejects %j at "%s"', (attributes, field, message) => {
    const result = mapChart.state.safeParse(attributes);
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect(issue.path.join('.')).toBe(field);
    if (message) expect(issue.message).toBe(message);
  });
});

describe('mapChart.check(state, data)', () => {
  it.each([
    [
      {
        highlight: 'xilingol, hulunbuir',
        figures: 'a, b',
        lines: 'xilingol>jiangsu',
        lineFigures: 'a',
        labels: 'UHV DC',
      },
      undefined,
    ],
    [{ view: 'inner-mongolia', highlight: 'xilingol', points: 'baotou, ordos' }, undefined],
    [{ highlight: 'xilingol, xilingol' }, 'highlight names xilingol more than once'],
    [
      { highlight: 'xilingol, hohhot, baotou', figures: 'a, b' },
      'figures has 2 entries for 3 highlighted regions; give one figure per highlighted region, in the same order, or one figure for them all',
    ],
    [
      { lines: 'xilingol>jiangsu', lineFigures: 'a, b' },
      'lineFigures has 2 entries for 1 lines; give one figure per line, in the same order',
    ],
    [{ highlight: 'hohhot', labels: 'A' }, 'labels has 1 entries for 0 lines; separate them with |'],
    [{ lines: 'xilingol>xilingol' }, 'line xilingol>xilingol starts and ends in the same region'],
    [{ lines: 'xilingol>jiangsu, xilingol > jiangsu' }, 'line xilingol>jiangsu is drawn twice'],
    [
      { view: 'inner-mongolia', highlight: 'xilingol', lines: 'xilingol>jiangsu' },
      'jiangsu lies outside the inner-mongolia view; use view="china"',
    ],
    [
      { view: 'inner-mongolia', points: 'guangdong, hainan' },
      'guangdong, hainan lie outside the inner-mongolia view; use view="china"',
    ],
  ])('%j → %s', (attributes, expected) => {
    expect(mapChart.check(parse(attributes), data)).toBe(expected);
  });
});

describe('mapChart.figureIds(state)', () => {
  it('lists each figure once, as the data table keys its rows by id', () => {
    expect(
      mapChart.figureIds(parse({ highlight: 'xilingol', figures: 'a', lines: 'xilingol>jiangsu', lineFigures: 'a' })),
    ).toEqual(['a']);
  });
});

describe('mapChart.describe(state, data)', () => {
  it('names the view, every highlighted region with its value, every line as schematic, points and the note', () => {
    const state = parse({
      highlight: 'xilingol, hohhot',
      figures: 'a, t',
      lines: 'xilingol>jiangsu',
      lineFigures: 'b',
      labels: 'UHV DC',
      points: 'baotou',
      note: 'Seven lines in all.',
    });
    expect(mapChart.describe(state, data, EN)).toBe(
      "Map of China's provinces, with Inner Mongolia's twelve league-level divisions." +
        ' Highlighted: Xilingol League (Label a: 10 GW); Hohhot (Label t: 20 GW (target)).' +
        ' Schematic lines, not routes: Xilingol League to Jiangsu (UHV DC; Label b: 192 billion kWh).' +
        ' Marked: Baotou. Seven lines in all.',
    );
  });

  it('describes the zoomed view and regions without figures', () => {
    expect(mapChart.describe(parse({ view: 'inner-mongolia', highlight: 'alxa' }), data, EN)).toBe(
      "Map of Inner Mongolia's twelve league-level divisions. Highlighted: Alxa League.",
    );
  });
});

describe('mapChart.resolve(state, data)', () => {
  const state = parse({
    highlight: 'xilingol, hulunbuir',
    figures: 'a, b',
    lines: 'xilingol>jiangsu',
    lineFigures: 'a',
    labels: 'UHV DC',
  });

  it('attaches figures to highlighted regions and lines in order, anchored on the base map', () => {
    const step = mapChart.resolve(state, data, EN);
    expect(step.highlight.map((place) => [place.id, place.name, place.datum?.id])).toEqual([
      ['xilingol', 'Xilingol', 'a'],
      ['hulunbuir', 'Hulunbuir', 'b'],
    ]);
    expect(step.lines[0]).toMatchObject({ id: 'xilingol>jiangsu', label: 'UHV DC', datum: { id: 'a' } });
    expect(step.lines[0]!.from.anchor).toEqual(defaultGeometry().anchors.get('xilingol'));
    expect(step.zoom).toEqual({ k: 1, x: 0, y: 0 });
  });

  it('reuses one base map for every step and view, and keeps a step well under 100 KB of JSON', () => {
    const china = mapChart.resolve(state, data, EN);
    const zoomed = mapChart.resolve(parse({ view: 'inner-mongolia', highlight: 'hohhot' }), data, EN);
    expect(zoomed.base).toBe(china.base);
    expect(JSON.stringify(china).length).toBeLessThan(60 * 1024);
  });

  it('resolves against any geometry it is given', () => {
    const geometry = defaultGeometry();
    const custom = { ...geometry, zooms: { ...geometry.zooms, china: { k: 2, x: 1, y: 1 } } };
    expect(resolveMap(state, data, custom, EN).zoom).toEqual({ k: 2, x: 1, y: 1 });
  });
});

describe('mapChart with one figure for all highlighted regions', () => {
  const state = parse({ view: 'inner-mongolia', highlight: 'hohhot, baotou, wuhai', figures: 'a' });

  it('accepts it', () => {
    expect(mapChart.check(state, data)).toBeUndefined();
  });

  it('gives every highlighted region that figure, for its tooltip', () => {
    const step = resolveMap(state, data, defaultGeometry(), EN);
    expect(step.highlight.map((region) => region.datum?.id)).toEqual(['a', 'a', 'a']);
  });

  it('describes the figure once, for the regions together', () => {
    expect(mapChart.describe(state, data, EN)).toContain('Highlighted: Hohhot, Baotou, Wuhai (together: ');
  });
});
