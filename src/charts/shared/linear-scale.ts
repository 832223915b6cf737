/**
 * Maps `domain` linearly onto `range`, as d3's scaleLinear does for numbers. The layouts run in the browser on every
 * resize, and d3-scale's linear scale brings d3-color, d3-interpolate and d3-format with it (8 KB gzip, a fifth of a
 * story page's JavaScript budget) for a number-to-number map these charts never interpolate colours or format ticks with.
 */
export function linearScale(
  [d0, d1]: readonly [number, number],
  [r0, r1]: readonly [number, number],
): (value: number) => number {
  const span = d1 - d0;
  // Like d3, a domain of one value maps to the middle of the range.
  if (span === 0 || !Number.isFinite(span)) return () => (r0 + r1) / 2;
  return (value) => r0 + ((value - d0) / span) * (r1 - r0);
}
