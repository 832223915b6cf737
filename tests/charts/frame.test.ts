import { describe, expect, it } from 'vitest';
import { frameText, LAYOUT_WIDTHS, layoutFor, MAX_SCALE, SERVER_WIDTH, SIDE_BY_SIDE } from '../../src/charts/frame';
import { ui } from '../../src/i18n/dictionary';
import scrollySource from '../../src/components/Scrolly.astro?raw';

describe('layoutFor(px)', () => {
  it.each([
    // A panel narrower than the narrowest layout still takes it.
    [280, 288],
    // A 320 px phone's panel, and a 390 px one's.
    [288, 288],
    [358, 352],
    [319, 304],
    [320, 320],
    [399, 384],
    [400, 400],
    [479, 440],
    [480, 480],
    [632, 480],
    [1200, 480],
  ])('shows a drawing %i px wide at the %i px layout', (px, expected) => {
    expect(layoutFor(px)).toBe(expected);
  });

  it('has the page’s own width among them, in order', () => {
    expect(LAYOUT_WIDTHS).toContain(SERVER_WIDTH);
    expect([...LAYOUT_WIDTHS].sort((a, b) => a - b)).toEqual([...LAYOUT_WIDTHS]);
  });

  // A phone's drawing grows taller with its width: within 16 px of its layout, it stays within about 5% of its height.
  it.each([288, 328, 343, 358, 380, 398])('scales a %i px phone panel’s drawing up by at most 5.6%%', (px) => {
    const scale = px / layoutFor(px);
    expect(scale).toBeGreaterThanOrEqual(1);
    expect(scale).toBeLessThanOrEqual(1.056);
  });

  // The widest story panel is 46 rem (736 px); up to there a drawing fills its panel without passing MAX_SCALE.
  it.each([400, 479, 600, 736])('scales a %i px panel’s drawing up from its layout, at most MAX_SCALE', (px) => {
    const scale = px / layoutFor(px);
    expect(scale).toBeGreaterThanOrEqual(1);
    expect(scale).toBeLessThanOrEqual(MAX_SCALE);
  });

  it('sets the text beside the chart at the width the page does', () => {
    expect(scrollySource).toContain(`@media (min-width: ${SIDE_BY_SIDE}px)`);
  });
});

describe('frameText(text)', () => {
  it.each(['en', 'zh'] as const)('gives a %s chart the strings it prints and none of the build’s templates', (lang) => {
    const text = ui(lang).chart;
    const given = frameText(text);
    expect(Object.keys(given).sort()).toEqual(['columns', 'describe', 'key', 'passage', 'showData', 'source'].sort());
    expect(given.describe).toEqual({ item: text.describe.item });
    expect(given.key).toBe(text.key);
    expect(JSON.stringify(given).length).toBeLessThan(JSON.stringify(text).length / 2);
  });
});
