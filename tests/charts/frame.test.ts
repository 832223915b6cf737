import { describe, expect, it } from 'vitest';
import { DESIGN_WIDTH, drawingRoom, frameText, layoutWidth, MAX_SCALE, SIDE_BY_SIDE } from '../../src/charts/frame';
import { ui } from '../../src/i18n/dictionary';
import scrollySource from '../../src/components/Scrolly.astro?raw';

describe('layoutWidth(measured)', () => {
  it.each([
    [320, 320],
    [390, 390],
    [DESIGN_WIDTH, DESIGN_WIDTH],
    [640, DESIGN_WIDTH],
    [DESIGN_WIDTH * MAX_SCALE, DESIGN_WIDTH],
    [1000, 1000 / MAX_SCALE],
  ])('lays a chart in a %i px panel out at %d px', (measured, expected) => {
    expect(layoutWidth(measured)).toBeCloseTo(expected, 6);
  });

  it.each([320, 480, 600, 736, 1200])(
    'never scales a %i px panel’s drawing past MAX_SCALE, nor shrinks it',
    (measured) => {
      const scale = measured / layoutWidth(measured);
      expect(scale).toBeGreaterThanOrEqual(1);
      expect(scale).toBeLessThanOrEqual(MAX_SCALE + 1e-9);
    },
  );
});

describe('drawingRoom(viewport)', () => {
  it.each([
    [{ width: 390, height: 844 }, 844 * 0.42],
    [{ width: 360, height: 640 }, 640 * 0.42],
    [{ width: 739, height: 1000 }, 420],
    [{ width: 740, height: 1000 }, 700],
    [{ width: 1280, height: 800 }, 560],
  ])('gives a chart on %j at most %d px of height', (viewport, expected) => {
    expect(drawingRoom(viewport)).toBeCloseTo(expected, 6);
  });

  it('sets the text beside the chart at the width the page does', () => {
    expect(scrollySource).toContain(`@media (min-width: ${SIDE_BY_SIDE}px)`);
  });
});

describe('frameText(text)', () => {
  it.each(['en', 'zh'] as const)('gives a %s chart the strings it prints and none of the build’s templates', (lang) => {
    const text = ui(lang).chart;
    const given = frameText(text);
    expect(Object.keys(given).sort()).toEqual(
      ['close', 'columns', 'describe', 'figureDetails', 'key', 'passage', 'readSource', 'showData', 'source'].sort(),
    );
    expect(given.describe).toEqual({ item: text.describe.item });
    expect(given.key).toBe(text.key);
    expect(JSON.stringify(given).length).toBeLessThan(JSON.stringify(text).length / 2);
  });
});
