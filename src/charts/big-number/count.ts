/** A number as a big-number chart prints it: what stands before and after it, its digits, and its decimal places. */
interface Printed {
  before: string;
  after: string;
  value: number;
  decimals: number;
  grouped: boolean;
}

/** Reads the one number in a printed value ("51.3%", "1,000 MW", "up 16.5×"), or undefined if it has none or several. */
function printed(text: string): Printed | undefined {
  const match = /^(\D*?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(\D*)$/.exec(text);
  if (!match) return undefined;
  const [, before = '', whole = '', fraction = '', after = ''] = match;
  return {
    before,
    after,
    value: Number(`${whole.replaceAll(',', '')}.${fraction || '0'}`),
    decimals: fraction.length,
    grouped: whole.includes(','),
  };
}

/**
 * How a big number counts from one printed value to another, as a function of progress 0–1, or undefined when the two
 * are not the same kind of number: both must print one number with the same words around it ("11.8%" to "3.3%",
 * "40 GW" to "150 GW"), so a count never passes through a unit the figure does not have.
 */
export function countBetween(from: string, to: string): ((progress: number) => string) | undefined {
  const [a, b] = [printed(from), printed(to)];
  if (!a || !b || from === to || a.before !== b.before || a.after !== b.after) return undefined;
  // Digits by hand, not Intl: a page's first Intl.NumberFormat loads locale data, some 80 ms on a slow phone, in the
  // middle of a step change. A count's frames only need fixed decimals and, where the value prints them, commas.
  const format = (value: number) => {
    const [whole = '', fraction] = value.toFixed(b.decimals).split('.');
    const digits = b.grouped ? whole.replace(/\B(?=(\d{3})+$)/g, ',') : whole;
    return fraction === undefined ? digits : `${digits}.${fraction}`;
  };
  // The last frame prints the figure exactly as the data gives it.
  return (progress) =>
    progress >= 1 ? to : `${b.before}${format(a.value + (b.value - a.value) * progress)}${b.after}`;
}
