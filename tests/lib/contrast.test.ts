import { describe, expect, it } from 'vitest';
import { contrastRatio, relativeLuminance } from '../../src/lib/contrast';

describe('relativeLuminance(colour)', () => {
  it.each([
    ['#000000', 0],
    ['#ffffff', 1],
    ['#fff', 1],
    ['white', 1],
    ['rgb(255, 0, 0)', 0.2126],
    ['#00ff00', 0.7152],
    ['#0000ff', 0.0722],
    // Channel 10/255 lies on the straight part of the sRGB curve, 11/255 on the power part.
    ['#0a0a0a', 10 / 255 / 12.92],
    ['#0b0b0b', ((11 / 255 + 0.055) / 1.055) ** 2.4],
  ])('%s → %f', (colour, expected) => {
    expect(relativeLuminance(colour)).toBeCloseTo(expected, 6);
  });

  it.each(['nope', 'var(--ink)', ''])('refuses what is not a colour: %j', (colour) => {
    expect(() => relativeLuminance(colour)).toThrow(/not a colour/);
  });

  it.each(['transparent', 'rgba(0, 0, 0, 0.5)'])('refuses a colour that is not opaque: %s', (colour) => {
    expect(() => relativeLuminance(colour)).toThrow(/not opaque/);
  });
});

describe('contrastRatio(a, b)', () => {
  it.each([
    ['#000', '#fff', 21],
    ['#fff', '#000', 21],
    ['#777', '#777', 1],
    // The greys either side of the 4.5:1 line on white, as WebAIM's checker gives them.
    ['#767676', '#ffffff', 4.54],
    ['#777777', '#ffffff', 4.48],
    ['#949494', '#ffffff', 3.03],
  ])('%s on %s → %f', (a, b, expected) => {
    expect(contrastRatio(a, b)).toBeCloseTo(expected, 2);
  });
});
