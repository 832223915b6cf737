/** A coordinate to two decimals: far below a pixel, and it keeps the paths a chart writes short. */
export function roundPx(value: number): number {
  return Math.round(value * 100) / 100;
}
