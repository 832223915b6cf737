import type { Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import proportionSource from '../../../src/charts/proportion/Proportion.svg.svelte?raw';
import { PROPORTION_METRICS } from '../../../src/charts/proportion/layout';
import { fakeDatum, fakePercent } from '../../support/chart-datum';
import { drawMadeUp } from '../../support/chart-render';
import { styleFor } from '../../support/chart-style';
import { chartKey, chartSvg, classesOf, outside, placedTexts, placementOf, TEXT_SIZES } from '../../support/chart-tree';
import { longLabels } from '../../support/long-labels';

const share = (id: string, base: number, kind: 'share' | 'target' = 'share') => fakePercent(id, base, { kind });
const figures = [
  share('half', 47.5),
  share('zero', 0),
  share('down', -5),
  share('plan', 30, 'target'),
  fakeDatum('part', 190, { label: 'Label part', valueText: '190' }),
  fakeDatum('whole', 400, { label: 'Label whole', valueText: '400' }),
  fakeDatum('minus', -10, { label: 'Label minus', valueText: 'down 10' }),
];
const draw = (step: string) => drawMadeUp('proportion', [step], figures)[0]!;

/** Each panel as a reader sees it: label, value, detail, whether it is a target, and how many squares' worth it fills. */
function panels(tree: Root) {
  const { svg } = chartSvg(tree);
  return selectAll('g.panel', svg).map((panel) => {
    // A bar is one rect scaled from its left; a waffle's 100 squares show through a clip of full rows and a part row.
    const bar = select('rect.fill', panel);
    const clip = selectAll('clipPath rect', panel).map((rect) => ({
      width: Number(rect.properties.width),
      height: Number(rect.properties.height),
    }));
    const side = clip[0]?.width ?? 0;
    const pitch = (side - 9 * PROPORTION_METRICS.cellGap) / 10 + PROPORTION_METRICS.cellGap;
    const cell = pitch - PROPORTION_METRICS.cellGap;
    const rest = clip[1]?.width ?? 0;
    const whole = Math.floor(rest / pitch + 1e-9);
    const share = bar
      ? /opacity:\s*0(;|$)/.test(String(bar.properties.style))
        ? 0
        : placementOf(bar).sx
      : ((clip[0]!.height / pitch) * 10 + whole + (rest - whole * pitch) / cell) / 100;
    return {
      label: selectAll('text.label', panel).map(toString).join(' '),
      value: selectAll('text.value', panel).map(toString).join(' '),
      detail: selectAll('text.detail', panel).map(toString).join(' '),
      planned: classesOf(panel).includes('planned'),
      // A waffle fills up to 100 squares, a bar one: in both, the filled share of the whole in percent.
      filled: Math.round(share * 1000) / 10,
    };
  });
}

describe('render(Proportion, step)', () => {
  it.each([
    ['one mark, a waffle', 'share="half"', [{ label: 'Label half', value: '47.5%', planned: false, filled: 47.5 }]],
    [
      'one mark, a bar computed from a part and its whole',
      'part="part" whole="whole" form="bar"',
      [{ label: 'Label part', value: '47.5% (computed)', detail: '190 of 400', filled: 47.5 }],
    ],
    ['a zero value, nothing filled', 'share="zero"', [{ value: '0%', filled: 0 }]],
    [
      'a target, drawn as a planned panel beside an outcome',
      'shares="half, plan"',
      [
        { value: '47.5%', planned: false, filled: 47.5 },
        { value: '30%', planned: true, filled: 30 },
      ],
    ],
  ])('%s', (_case, step, expected) => {
    expect(panels(draw(step))).toMatchObject(expected);
  });

  it('explains planned squares in the key and draws them hollow', () => {
    const tree = draw('shares="half, plan"');
    expect(chartKey(tree)).toBe('Hollow squares are a target or forecast, not an outcome.');
    expect(styleFor(proportionSource, '.planned .fill')).toMatchObject({
      fill: 'var(--bg)',
      stroke: expect.any(String),
    });
  });

  it.each([
    ['a negative share', 'share="down"', 'down is down 5%; a share must be between 0% and 100%'],
    [
      'a negative part',
      'part="minus" whole="whole"',
      'part minus (down 10) must lie between zero and whole whole (400)',
    ],
  ])('has the build reject %s, with its message', (_case, step, message) => {
    expect(() => draw(step)).toThrow(`step "step-1": ${message}`);
  });

  it.each(longLabels())('wraps %s onto lines inside the viewBox, alone or beside another panel', (_case, label) => {
    for (const step of [`share="half" label="${label}"`, `shares="plan, half" labels="Short|${label}"`]) {
      const tree = draw(step);
      const { svg, width, height } = chartSvg(tree);
      expect(panels(tree).at(-1)!.label).toBe(label);
      expect(outside(placedTexts(svg, TEXT_SIZES.proportion!), width, height)).toEqual([]);
    }
  });

  it('keeps a label word wider than its panel inside the viewBox', () => {
    const { svg, width, height } = chartSvg(
      draw('shares="plan, half" labels="Short|Hohhot–Baotou–Ordos–Tongliao bases"'),
    );
    expect(outside(placedTexts(svg, TEXT_SIZES.proportion!), width, height)).toEqual([]);
  });
});
