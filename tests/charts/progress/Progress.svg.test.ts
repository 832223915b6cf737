import type { Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import progressSource from '../../../src/charts/progress/Progress.svg.svelte?raw';
import { fakeDatum } from '../../support/chart-datum';
import { drawMadeUp } from '../../support/chart-render';
import { styleFor } from '../../support/chart-style';
import { chartKey, chartSvg, outside, placedTexts, TEXT_SIZES } from '../../support/chart-tree';
import { longLabels } from '../../support/long-labels';

const half = { period: '2024-01/2024-06' };
const figures = [
  fakeDatum('invested', 871, { ...half, label: 'Invested', valueText: '87.1 billion yuan', dimension: 'money' }),
  fakeDatum('plan', 1550, { label: 'Plan', valueText: '155 billion yuan', dimension: 'money', kind: 'target' }),
  fakeDatum('jobs', 57.17, {
    ...half,
    label: 'Jobs',
    valueText: '57.17%',
    unit: '%',
    dimension: 'percent',
    kind: 'share',
  }),
];
const draw = (step: string) => drawMadeUp('progress', [step], figures)[0]!;

/** Each row as a reader sees it: its words in order, and which of its parts answer a tap. */
function rows(tree: Root) {
  return selectAll('g.row', chartSvg(tree).svg).map((row) => ({
    text: toString(row).replace(/\s+/g, ' ').trim(),
    marks: selectAll('[data-mark]', row).map((mark) => String(mark.properties.dataMark)),
  }));
}

describe('render(Progress, step)', () => {
  it('draws each figure on the track of its target, with the time line and what the marks mean', () => {
    const tree = draw('figures="invested, jobs" targets="plan, -"');
    expect(rows(tree)).toEqual([
      {
        text: 'Invested ≈ 56.2% (computed) 87.1 billion yuan of the 155 billion yuan planned',
        marks: ['plan', 'invested'],
      },
      { text: 'Jobs 57.17% of a target the document does not print', marks: ['jobs'] },
    ]);
    expect(toString(select('.line-label', chartSvg(tree).svg)!)).toBe('Half the year gone');
    expect(chartKey(tree)).toMatch(/^Each hollow track is a whole target/);
  });

  it('marks the share of the period gone across every track, on the bars’ own scale', () => {
    const { svg } = chartSvg(draw('figures="invested, jobs" targets="plan, -"'));
    const track = Number(select('.track rect', svg)!.properties.width);
    expect(selectAll('line.time', svg).map((line) => Number(line.properties.x1))).toEqual([track / 2, track / 2]);
  });

  it('draws a target hollow, so it never reads as an outcome, and what was reached solid', () => {
    expect(styleFor(progressSource, '.track rect')).toMatchObject({ fill: 'none' });
    expect(styleFor(progressSource, '.bar')).toMatchObject({ fill: expect.stringMatching(/^var\(/) });
  });

  it('has the build reject a figure whose target is missing, with its message', () => {
    expect(() => draw('figures="invested, jobs" targets="plan"')).toThrow(
      'step "step-1": targets has 1 entries for 2 figures',
    );
  });

  it.each(longLabels())('wraps %s onto lines inside the viewBox', (_case, label) => {
    const { svg, width, height } = chartSvg(draw(`figures="invested" targets="plan" labels="${label}"`));
    expect(selectAll('text.label', svg).map(toString).join(' ')).toBe(label);
    expect(outside(placedTexts(svg, TEXT_SIZES.progress!), width, height)).toEqual([]);
  });
});
