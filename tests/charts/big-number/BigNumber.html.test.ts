import type { Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import bigNumberSource from '../../../src/charts/big-number/BigNumber.html.svelte?raw';
import { fakeDatum, fakePercent } from '../../support/chart-datum';
import { drawMadeUp } from '../../support/chart-render';
import { styleFor } from '../../support/chart-style';
import { longLabels } from '../../support/long-labels';

const figures = [
  fakePercent('up', 5),
  fakePercent('zero', 0),
  fakePercent('down', -3),
  fakeDatum('plan', 30, { label: 'Label plan', valueText: '30 GW', kind: 'target' }),
];
const draw = (step: string) => drawMadeUp('big-number', [step], figures)[0]!;

/** Each number as a reader sees it: its value, its target tag if any, its label and its place and period. */
function numbers(tree: Root) {
  return selectAll('.numbers button.number', tree).map((cell) => ({
    value: toString(select('.value', cell)!),
    tag: select('.tag', cell) ? toString(select('.tag', cell)!) : undefined,
    label: toString(select('.label', cell)!),
    meta: select('.meta', cell) ? toString(select('.meta', cell)!) : undefined,
  }));
}

/** The place and period said once under several numbers, if it is. */
const shared = (tree: Root) =>
  select('.numbers > .meta', tree) ? toString(select('.numbers > .meta', tree)!) : undefined;

describe('render(BigNumber, step)', () => {
  it.each([
    ['one mark', 'figures="up"', [{ value: '5%', tag: undefined, label: 'Label up', meta: 'Inner Mongolia · 2024' }]],
    ['a zero value', 'figures="zero"', [{ value: '0%', label: 'Label zero' }]],
    ['a negative value, in words', 'figures="down"', [{ value: 'down 3%', label: 'Label down' }]],
    [
      'a target, tagged as one beside an outcome',
      'figures="up, plan"',
      [
        { value: '5%', tag: undefined },
        { value: '30 GW', tag: 'Target or plan' },
      ],
    ],
  ])('%s', (_case, step, expected) => {
    expect(numbers(draw(step))).toMatchObject(expected);
  });

  it.each([
    ['one number keeps its own', 'figures="up"', ['Inner Mongolia · 2024'], undefined],
    ['several sharing them say them once', 'figures="up, plan"', [undefined, undefined], 'Inner Mongolia · 2024'],
  ])('place and period: %s', (_case, step, own, once) => {
    const tree = draw(step);
    expect(numbers(tree).map((cell) => cell.meta)).toEqual(own);
    expect(shared(tree)).toBe(once);
  });

  it('sets the target tag apart with a dashed border', () => {
    expect(styleFor(bigNumberSource, '.tag')).toMatchObject({ border: expect.stringContaining('dashed') });
  });

  it('has the build reject a fifth number, with its message', () => {
    expect(() => draw('figures="up, zero, down, plan, up"')).toThrow(
      'step "step-1": figures: show at most 4 numbers at once',
    );
  });

  // HTML wraps with its container, so a long label needs no layout; it must only arrive whole, never cut.
  it.each(longLabels())('shows %s whole', (_case, label) => {
    expect(numbers(draw(`figures="up" labels="${label}"`))).toMatchObject([{ label }]);
  });
});
