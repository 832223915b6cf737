import { describe, expect, it } from 'vitest';
import { svgTransform } from '../../src/share/css-transform';

describe('svgTransform(css, origin)', () => {
  it.each([
    ['translateY(12px)', 'translate(0 12)'],
    ['translateX(-3.5px)', 'translate(-3.5 0)'],
    ['translate(4px, 5px)', 'translate(4 5)'],
    ['translate(4px)', 'translate(4 0)'],
    ['scale(2)', 'scale(2 2)'],
    ['scale(2, 0.5)', 'scale(2 0.5)'],
    ['scaleX(0.8)', 'scale(0.8 1)'],
    ['scaleY(0)', 'scale(1 0)'],
    ['translate(10px, 20px) scale(1.5)', 'translate(10 20) scale(1.5 1.5)'],
    ['translate(1e-7px, 0px)', 'translate(1e-7 0)'],
    ['none', ''],
    ['', ''],
  ])('%j → %j', (css, svg) => {
    expect(svgTransform(css)).toBe(svg);
  });

  it('turns around a transform origin by moving there and back', () => {
    expect(svgTransform('scaleX(0.5)', { x: 10, y: 4 })).toBe('translate(10 4) scale(0.5 1) translate(-10 -4)');
  });

  it.each([
    ['translateY(2em)', /"2em" is not a length in px/],
    ['translate(50%, 0)', /"50%" is not a length in px/],
    ['scale(NaN)', /"NaN" is not a number/],
    ['scaleX()', /"" is not a number/],
    ['rotate(45deg)', /rotate\(\) with 1 argument\(s\) has no static SVG form/],
    ['matrix(1, 0, 0, 1, 0, 0)', /matrix\(\)/],
    ['translateY(1px) garbage', /cannot read "garbage"/],
  ])('refuses %j', (css, message) => {
    expect(() => svgTransform(css)).toThrow(message);
  });
});
