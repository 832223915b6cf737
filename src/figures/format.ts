import { decimalToString, parseDecimal, shift, type Decimal } from './decimal';
import { isAhead, type Figure } from './figure';
import { chineseNumeral } from './chinese-numeral';
import { parseUnit, type Unit } from './units';

const SCALE_WORDS: [number, string][] = [
  [12, 'trillion'],
  [9, 'billion'],
  [6, 'million'],
];

const SI_PREFIXES: [number, string][] = [
  [12, 'T'],
  [9, 'G'],
  [6, 'M'],
  [3, 'k'],
  [0, ''],
];

/** Powers of ten in a decimal's integer part: 5500 × 10^8 has magnitude 11. */
function magnitude(value: Decimal): number {
  const significant = value.digits.replace(/^0+/, '');
  return significant.length === 0 ? 0 : significant.length - 1 + value.exponent;
}

/** Groups thousands with commas: "1234567.5" → "1,234,567.5". */
function groupThousands(text: string): string {
  const [whole = '', fraction] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction ? `${grouped}.${fraction}` : grouped;
}

/** A count in English words for large numbers: 3.43万 → "34,300", 1.4万亿 → "1.4 trillion". */
function inWords(value: Decimal): string {
  const m = magnitude(value);
  const scale = SCALE_WORDS.find(([power]) => m >= power);
  if (!scale) return groupThousands(decimalToString(value));
  return `${groupThousands(decimalToString(shift(value, -scale[0])))} ${scale[1]}`;
}

/** A quantity with an SI prefix chosen to keep the number readable: 10^10 W → "10 GW". */
function withSiPrefix(value: Decimal, symbol: string): string {
  const m = magnitude(value);
  const [power, prefix] = SI_PREFIXES.find(([p]) => m >= p) ?? [0, ''];
  return `${groupThousands(decimalToString(shift(value, -power)))} ${prefix}${symbol}`;
}

function ordinal(n: string): string {
  const last = Number(n) % 100;
  const suffix =
    last >= 11 && last <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[last % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** Parses a printed value, Arabic or Chinese numerals, into an exact decimal; a ratio 1∶N is worth N. */
export function printedValue(value: string): Decimal {
  const ratio = /^1∶(.+)$/.exec(value);
  if (ratio) return parseDecimal(ratio[1]!);
  return parseDecimal(/^-?\d/.test(value) ? value : String(chineseNumeral(value)));
}

/** The value of `value` `unit` in English form, without qualifier or direction: "550 billion kWh", "10 GW", "7.2%". */
export function formatQuantity(value: string, unitText: string): string {
  const unit: Unit = parseUnit(unitText);
  // Two neighbouring Chinese digits say "this or the next": 五六分钟 is five or six minutes, 一两个 one or two.
  const either = /^([一二两三四五六七八])([二两三四五六七八九])$/.exec(value);
  if (either && unit.scale === 0 && chineseNumeral(either[2]!) === chineseNumeral(either[1]!) + 1) {
    return `${chineseNumeral(either[1]!)} or ${formatQuantity(either[2]!, unitText)}`;
  }
  const printed = printedValue(value);
  const scaled = shift(printed, unit.scale);
  switch (unit.dimension) {
    case 'percent':
      return `${decimalToString(printed, Math.max(0, -printed.exponent))}%`;
    case 'points': {
      const text = decimalToString(printed, Math.max(0, -printed.exponent));
      return `${text} percentage ${Number(text) === 1 ? 'point' : 'points'}`;
    }
    case 'times':
      return `${decimalToString(printed, Math.max(0, -printed.exponent))} times`;
    case 'rank':
      return ordinal(decimalToString(printed));
    case 'ratio':
      return `1:${decimalToString(printed, Math.max(0, -printed.exponent))}`;
    case 'power':
      return withSiPrefix(shift(scaled, unit.siExponent), 'W');
    case 'voltage':
      return withSiPrefix(shift(scaled, unit.siExponent), 'V');
    case 'energy':
      return `${inWords(scaled)} kWh`;
    case 'money':
      return `${inWords(scaled)} yuan`;
    case 'duration': {
      const text = inWords(scaled);
      return `${text} ${text === '1' ? unit.base.replace(/s$/, '') : unit.base}`;
    }
    case 'count':
      return inWords(scaled);
    default:
      return `${inWords(scaled)} ${unit.base}`;
  }
}

const QUALIFIER_WORDS: Record<NonNullable<Figure['qualifier']>, string> = {
  about: 'about',
  nearly: 'nearly',
  over: 'over',
  'at least': 'at least',
  'up to': 'up to',
  under: 'under',
};

/** A figure's value in the English form readers see: "nearly 1.4 trillion yuan", "down about 1.6%", "7th". */
export function formatFigure(figure: Pick<Figure, 'value' | 'unit' | 'kind' | 'qualifier' | 'direction'>): string {
  // The hedge belongs to the number itself, so it stands right before it: "down about 1.6%", not "about down 1.6%".
  const hedged = (number: string) => (figure.qualifier ? `${QUALIFIER_WORDS[figure.qualifier]} ${number}` : number);
  const unit = parseUnit(figure.unit);
  // 位 also counts people (10位院士) and places moved in a ranking (上升24位); a rank, or one aimed at, is an ordinal.
  const text =
    unit.dimension === 'rank' && figure.kind !== 'rank' && !isAhead(figure.kind)
      ? decimalToString(printedValue(figure.value))
      : formatQuantity(figure.value, figure.unit);
  if (unit.dimension === 'times' && figure.kind === 'growth') {
    // 增长N倍 is a rise *by* N times: the new level is N + 1 times the old one, and 近 or 超 hedges both numbers.
    const by = printedValue(figure.value);
    const to = decimalToString(
      { ...by, digits: String(BigInt(by.digits) + 10n ** BigInt(-Math.min(0, by.exponent))) },
      Math.max(0, -by.exponent),
    );
    return `up by ${hedged(text)}, to ${hedged(`${to}×`)} the earlier level`;
  }
  return figure.direction === 'down' ? `down ${hedged(text)}` : hedged(text);
}
