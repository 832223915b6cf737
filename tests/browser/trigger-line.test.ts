import { describe, expect, it } from 'vitest';
import { lineMargin } from '../../src/browser/trigger-line';

describe('lineMargin(height, offset)', () => {
  it.each([
    [844, 0.7, '-591px 0px -252px 0px'],
    [800, 0.5, '-400px 0px -399px 0px'],
    [600, 0, '0px 0px -599px 0px'],
  ])('viewport %i px, line at %f → %s', (height, offset, margin) => {
    expect(lineMargin(height, offset)).toBe(margin);
  });

  it('leaves a band one pixel high at the line', () => {
    const [top, , bottom] = lineMargin(844, 0.7)
      .split(' ')
      .map((value) => Number.parseFloat(value));
    expect(844 + top! + bottom!).toBe(1);
    expect(-top!).toBe(Math.round(844 * 0.7));
  });
});
