import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../src/charts/attributes';
import { barsChart } from '../../src/charts/bars/bars';
import { sectionProps } from '../../src/stories/section';
import { fakeDatum } from '../support/chart-datum';

const data = new Map(
  [
    fakeDatum('a', 3, { dimension: 'percent', valueText: '3%', credit: 'Publisher A, 2024' }),
    fakeDatum('b', 9, { dimension: 'percent', valueText: '9%', credit: 'Publisher B, 2023' }),
  ].map((d) => [d.id, d]),
);
const step = (id: string, attributes: Record<string, string>, annotations: Annotation[] = []) => ({
  id,
  html: '',
  line: 1,
  state: barsChart.state.parse(attributes),
  annotations,
});

describe('sectionProps(chart, steps, data)', () => {
  const props = sectionProps(
    barsChart,
    [step('one', { figures: 'a' }), step('two', { figures: 'a, b', highlight: 'b' })],
    data,
    'en',
  );

  it('gives each step its description and data table, computed at build time', () => {
    expect(props.frames.map((frame) => [frame.id, frame.table.map((datum) => datum.id)])).toEqual([
      ['one', ['a']],
      ['two', ['a', 'b']],
    ]);
    expect(props.frames[1]!.description).toBe('Bar chart of 2 figures. a: 3%; b: 9% (highlighted).');
  });

  it('credits every source the section draws on, once each', () => {
    expect(props.credit).toBe('Publisher A, 2024; Publisher B, 2023');
  });

  it('resolves each step for drawing', () => {
    expect(props.steps).toHaveLength(2);
    expect((props.steps[1] as { rows: unknown[] }).rows).toHaveLength(2);
  });
});

describe('sectionProps(chart, steps, data) with notes', () => {
  const notes = [
    { target: 'b', text: 'The fastest' },
    { target: 'a', text: 'Slower, but still up!' },
  ];
  const props = sectionProps(barsChart, [step('one', { figures: 'a, b' }, notes)], data, 'en');

  it('reads each note after the description, with the name of the mark it is on, as a sentence', () => {
    expect(props.frames[0]!.description).toBe(
      'Bar chart of 2 figures. a: 3%; b: 9%. Note on b: The fastest. Note on a: Slower, but still up!',
    );
  });

  it('hands the notes to the chart with the step', () => {
    expect(props.frames[0]!.annotations).toEqual(notes);
  });
});
