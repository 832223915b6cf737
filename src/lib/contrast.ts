import { rgb } from 'd3';

/** One sRGB channel (0–255) on the linear scale WCAG 2 weighs luminance on. */
function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** The WCAG 2 relative luminance of an opaque CSS colour: 0 for black, 1 for white. */
export function relativeLuminance(colour: string): number {
  const { r, g, b, opacity } = rgb(colour);
  if (opacity < 1) throw new Error(`${colour} is not opaque: its contrast depends on what lies beneath it`);
  if ([r, g, b].some(Number.isNaN)) throw new Error(`${colour} is not a colour this reads (hex, rgb() or a name)`);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The WCAG 2 contrast ratio of two opaque CSS colours, in either order: from 1 (none) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [lighter, darker] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}
