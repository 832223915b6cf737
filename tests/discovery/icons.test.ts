import { describe, expect, it } from 'vitest';
import { faviconPng, ICONS, renderIcon } from '../../src/discovery/icons';
import { pngSize, topLeftAlpha } from '../support/png';

// A square with transparent corners, like the favicon.
const square =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect x="2" y="2" width="6" height="6" fill="#0b5c8a"/></svg>';

describe('renderIcon(svg, size, background, file)', () => {
  it.each([16, 180, 512])('renders a %i px square PNG', (size) => {
    expect(pngSize(renderIcon(square, size))).toEqual({ width: size, height: size });
  });

  it('keeps the corners transparent without a background, and fills them with one', () => {
    expect(topLeftAlpha(renderIcon(square, 32))).toBe(0);
    expect(topLeftAlpha(renderIcon(square, 32, '#fdfcf9'))).toBe(255);
  });

  it('fails on a drawing that is not square, naming the file', () => {
    const wide = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 10"><rect width="20" height="10"/></svg>';
    expect(() => renderIcon(wide, 64, undefined, 'wide.svg')).toThrow(
      'wide.svg: an icon must be square; the drawing renders 64×32 px at width 64',
    );
  });
});

describe('faviconPng(icon, background)', () => {
  it.each(ICONS)('renders the favicon at $size px for the $use', (icon) => {
    const png = faviconPng(icon, '#fdfcf9');
    expect(pngSize(png)).toEqual({ width: icon.size, height: icon.size });
    // iOS would fill a transparent touch icon's corners with black.
    expect(topLeftAlpha(png)).toBe(icon.use === 'apple-touch-icon' ? 255 : 0);
  });
});
