/** An exact decimal number as printed: `digits` × 10^`exponent`, no floating-point rounding. */
export interface Decimal {
  negative: boolean;
  digits: string;
  exponent: number;
}

/** Parses a number exactly as printed ("5500", "35.0", "-2.1"); throws on anything else. */
export function parseDecimal(text: string): Decimal {
  const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) throw new SyntaxError(`"${text}" is not a plain decimal number`);
  const [, minus, whole = '', fraction = ''] = match;
  return { negative: minus === '-', digits: whole + fraction, exponent: fraction.length === 0 ? 0 : -fraction.length };
}

/** Multiplies by a power of ten without touching the digits. */
export function shift(value: Decimal, places: number): Decimal {
  return { ...value, exponent: value.exponent + places };
}

/** Writes a decimal in plain notation with at least `minDecimals` fraction digits, dropping trailing zeros beyond them. */
export function decimalToString(value: Decimal, minDecimals = 0): string {
  const { digits, exponent } = value;
  let whole: string;
  let fraction: string;
  if (exponent >= 0) {
    whole = digits + '0'.repeat(exponent);
    fraction = '';
  } else {
    const padded = digits.padStart(-exponent + 1, '0');
    whole = padded.slice(0, exponent);
    fraction = padded.slice(exponent);
  }
  whole = whole.replace(/^0+(?=\d)/, '');
  fraction = fraction.replace(/0+$/, '');
  if (fraction.length < minDecimals) fraction = fraction.padEnd(minDecimals, '0');
  const sign = value.negative && /[1-9]/.test(digits) ? '-' : '';
  return sign + whole + (fraction ? `.${fraction}` : '');
}

/** The number of digits after the decimal point as printed ("35.0" → 1, "5500" → 0). */
export function printedDecimals(text: string): number {
  return Math.max(0, -parseDecimal(text).exponent);
}

/** The value as a JavaScript number, for arithmetic that tolerates rounding (relation checks, scales). */
export function toNumber(value: Decimal): number {
  return Number(`${value.negative ? '-' : ''}${value.digits}e${value.exponent}`);
}
