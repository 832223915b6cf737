/** What a cell shows for a value that was not measured. */
export const MISSING = 'n/a';

function shown(value: number, format: (value: number) => string): string {
  return Number.isFinite(value) ? format(value) : MISSING;
}

/** Bytes as kilobytes of 1,024 bytes, one decimal: `12.3`. */
export function kb(bytes: number): string {
  return shown(bytes, (value) => (value / 1024).toFixed(1));
}

/** A duration given in ms, as seconds with two decimals: `1.23 s`. */
export function seconds(ms: number): string {
  return shown(ms, (value) => `${(value / 1000).toFixed(2)} s`);
}

/** A duration in whole milliseconds: `52 ms`. */
export function millis(ms: number): string {
  return shown(ms, (value) => `${Math.round(value)} ms`);
}

/** A Lighthouse score out of 100, whole. */
export function score(value: number): string {
  return shown(value, (v) => String(Math.round(v)));
}

/** A layout-shift score: `0` for none, else two significant digits, so a tiny shift never reads as 0. */
export function shift(value: number): string {
  return shown(value, (v) => (v === 0 ? '0' : String(Number(v.toPrecision(2)))));
}

/** A count, whole. */
export function count(value: number): string {
  return shown(value, (v) => String(Math.round(v)));
}

/** A ratio of two measures, two decimals: `1.04×`. */
export function ratio(value: number): string {
  return shown(value, (v) => `${v.toFixed(2)}×`);
}
