import { describe, expect, it } from 'vitest';
import type { ChartDatum } from '../../../src/charts/datum';
import { progressChart, progressRows } from '../../../src/charts/progress/progress';
import { fakeDatum } from '../../support/chart-datum';
import { EN, ZH } from '../../support/chart-locale';

const half = { period: '2024-01/2024-06' };
const data = new Map<string, ChartDatum>(
  [
    fakeDatum('invested', 871, { ...half, label: 'Invested', valueText: '87.1 billion yuan', dimension: 'money' }),
    fakeDatum('plan', 1550, { label: 'Plan', valueText: '155 billion yuan', dimension: 'money', kind: 'target' }),
    fakeDatum('projects', 190, { ...half, label: 'Projects', valueText: '190' }),
    fakeDatum('goal', 400, { label: 'Goal', valueText: '400', kind: 'target' }),
    fakeDatum('jobs', 57.17, { ...half, label: 'Jobs', valueText: '57.17%', dimension: 'percent', kind: 'share' }),
    fakeDatum('growth', 6.2, { ...half, valueText: '6.2%', dimension: 'percent', kind: 'growth' }),
    fakeDatum('growth-goal', 6, { valueText: 'about 6%', dimension: 'percent', kind: 'target' }),
    fakeDatum('forecast', 500, { valueText: '500', kind: 'forecast' }),
    fakeDatum('beaten', 420, { ...half, valueText: '420' }),
    fakeDatum('september', 300, { period: '2024-09', valueText: '300' }),
    fakeDatum('last-year', 100, { period: '2023-01/2023-06', valueText: '100' }),
    fakeDatum('zero-goal', 0, { valueText: '0', kind: 'target' }),
  ].map((datum) => [datum.id, datum]),
);
const parse = (attributes: Record<string, string>) => progressChart.state.parse(attributes);

describe('progressChart.check(state, data)', () => {
  it.each([
    [{ figures: 'invested, jobs', targets: 'plan, -' }, undefined],
    [{ figures: 'invested', targets: 'plan, goal' }, 'targets has 2 entries for 1 figures'],
    [{ figures: 'invested', targets: 'plan', highlight: 'jobs' }, 'highlight names jobs, which is not among figures'],
    [{ figures: 'invested', targets: 'plan', labels: 'A|B' }, 'labels has 2 entries for 1 figures'],
    [{ figures: 'plan', targets: 'plan' }, 'plan is a target; figures names what was reached'],
    [{ figures: 'projects', targets: '-' }, 'projects is not a stated share of its target'],
    [{ figures: 'invested', targets: 'forecast' }, 'forecast is a forecast figure, not a target'],
    [{ figures: 'invested', targets: 'goal' }, 'must share one kind of unit, not money and count'],
    [{ figures: 'growth', targets: 'growth-goal' }, 'are percent, not amounts'],
    [{ figures: 'projects', targets: 'zero-goal' }, 'a share needs a target above zero'],
    [{ figures: 'last-year', targets: 'goal' }, "does not end within its target goal's period (2024)"],
    [{ figures: 'projects, september', targets: 'goal, goal' }, 'one time line cannot mark them all'],
  ])('%j → %s', (attributes, expected) => {
    const mistake = progressChart.check(parse(attributes), data);
    if (expected === undefined) expect(mistake).toBeUndefined();
    else expect(mistake).toContain(expected);
  });

  it('refuses a target that is neither a figure id nor "-"', () => {
    expect(progressChart.state.safeParse({ figures: 'invested', targets: 'Plan A' }).success).toBe(false);
  });
});

describe('progressRows(state, data, locale)', () => {
  it('computes a printed target’s share, and takes a stated share as printed', () => {
    const step = progressRows(parse({ figures: 'invested, jobs', targets: 'plan, -' }), data, EN);
    expect(step.rows.map(({ label, value, detail, past }) => ({ label, value, detail, past }))).toEqual([
      {
        label: 'Invested',
        value: '≈ 56.2% (computed)',
        detail: '87.1 billion yuan of the 155 billion yuan planned',
        past: true,
      },
      { label: 'Jobs', value: '57.17%', detail: 'of a target the document does not print', past: true },
    ]);
    expect(step.elapsed).toBe(0.5);
    expect(step.elapsedLabel).toBe('Half the year gone');
  });

  it.each([
    [EN, 'projects', 0.5, 'Half the year gone', false],
    [ZH, 'projects', 0.5, '时间过半', false],
    [EN, 'september', 0.75, 'Time gone to the end of September 2024', true],
    [ZH, 'september', 0.75, '截至2024年9月底的时间进度', true],
    [EN, 'beaten', 0.5, 'Half the year gone', true],
  ])('draws the time line where the figure’s period ends (%#)', (locale, figure, elapsed, label, past) => {
    const step = progressRows(parse({ figures: figure, targets: 'goal' }), data, locale);
    expect([step.elapsed, step.elapsedLabel, step.rows[0]!.past]).toEqual([elapsed, label, past]);
  });

  it('lets a beaten target run past 100%', () => {
    expect(progressRows(parse({ figures: 'beaten', targets: 'goal' }), data, EN).rows[0]!.percent).toBe(105);
  });
});

describe('progressChart.describe(state, data, locale)', () => {
  it('names each bar with its share, its figures and which side of the time line it stands', () => {
    const state = parse({
      figures: 'invested, projects',
      targets: 'plan, goal',
      highlight: 'projects',
      note: 'A note.',
    });
    expect(progressChart.describe(state, data, EN)).toBe(
      'Progress bars of 2 figures, each drawn as a share of its target. Dashed line: Half the year gone. ' +
        'Invested: ≈ 56.2% (computed), 87.1 billion yuan of the 155 billion yuan planned (past the line); ' +
        'Projects: 47.5% (computed), 190 of the 400 planned (short of the line, highlighted). A note.',
    );
  });
});
