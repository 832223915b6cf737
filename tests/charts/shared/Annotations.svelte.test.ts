import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import type { ChartName } from '../../../src/charts/catalogue';
import { ANNOTATION_METRICS } from '../../../src/charts/shared/place-annotations';
import { fakeDatum, fakePercent } from '../../support/chart-datum';
import { drawMadeUp } from '../../support/chart-render';
import { chartSvg, outside, placedTexts, TEXT_SIZES } from '../../support/chart-tree';

const figures = [
  fakePercent('a', 12, { periodText: '2022' }),
  fakePercent('b', 3, { periodText: '2023' }),
  fakeDatum('parks', 17),
  fakeDatum('more-parks', 9),
  fakeDatum('park-plan', 30, { kind: 'target' }),
  fakePercent('share', 40, { kind: 'share' }),
];

// One step per chart type, each with a note on a mark it draws.
const STEPS: [ChartName, string, string][] = [
  ['bars', 'figures="a, b" annotate="b: The slower one"', 'The slower one'],
  ['units', 'groups="parks, more-parks" annotate="more-parks: Still being built"', 'Still being built'],
  ['line', 'figures="a, b" at="2022|2023" annotate="b: Down from the year before"', 'Down from the year before'],
  ['proportion', 'share="share" label="A share" annotate="share: A small part"', 'A small part'],
  ['progress', 'figures="parks" targets="park-plan" annotate="parks: More than half done"', 'More than half done'],
  ['map', 'view="inner-mongolia" highlight="hohhot" annotate="hohhot: Named in the report"', 'Named in the report'],
];
const NOTE_SIZES = { 'note-text': ANNOTATION_METRICS.fontSize, 'marker-number': ANNOTATION_METRICS.fontSize };

describe('<Annotations> in each chart', () => {
  it.each(STEPS)(
    '%s draws the note on its chart, hidden from screen readers, which hear it in the description',
    (chart, step, note) => {
      const tree = drawMadeUp(chart, [step], figures)[0]!;
      const { svg } = chartSvg(tree);
      const layer = select('g.annotations', svg)!;
      expect(layer.properties.ariaHidden).toBe('true');
      expect(selectAll('.note-text', layer).map(toString).join(' ')).toBe(note);
      expect(toString(select('desc', svg)!)).toMatch(new RegExp(`Note on .+: ${note}\\.$`));
    },
  );

  it.each(STEPS.filter(([chart]) => chart !== 'map'))('%s keeps the note inside the drawing', (chart, step) => {
    const { svg, width, height } = chartSvg(drawMadeUp(chart, [step], figures)[0]!);
    expect(outside(placedTexts(svg, { ...TEXT_SIZES[chart]!, ...NOTE_SIZES }), width, height)).toEqual([]);
  });

  // A map draws in its own units; a halo of the chart's background under each letter keeps a note legible over a
  // highlighted region there too, as wide beside the letters as on every other chart.
  it.each(STEPS)('%s outlines each note in proportion to its font', (chart, step) => {
    const { svg } = chartSvg(drawMadeUp(chart, [step], figures)[0]!);
    for (const text of selectAll('.note-text', svg))
      expect(Number(text.properties.strokeWidth) / Number(text.properties.fontSize)).toBeCloseTo(
        ANNOTATION_METRICS.halo / ANNOTATION_METRICS.fontSize,
        6,
      );
  });

  it('draws nothing for a step without notes', () => {
    const { svg } = chartSvg(drawMadeUp('bars', ['figures="a, b"'], figures)[0]!);
    expect(select('g.annotations', svg)).toBeUndefined();
  });

  it('sets a big number’s note under it, hidden from screen readers, who hear it in the group’s description', () => {
    const tree = drawMadeUp('big-number', ['figures="a, b" annotate="b: The slower one"'], figures)[0]!;
    const note = select('.annotation', tree)!;
    expect(toString(note)).toBe('The slower one');
    expect(note.properties.ariaHidden).toBe('true');
    expect(String(select('.numbers', tree)!.properties.ariaLabel)).toMatch(/Note on Label b: The slower one\.$/);
  });
});
