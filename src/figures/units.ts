/** What a Chinese unit measures, in the base unit an English reader is given. */
export type Dimension =
  | 'energy' // kWh
  | 'power' // kW
  | 'voltage' // kV
  | 'money' // yuan
  | 'area' // m²
  | 'land' // mu
  | 'hectares'
  | 'length' // km
  | 'mass' // tonnes
  | 'boiler' // steam tonnes (boiler capacity)
  | 'containers' // TEU
  | 'volume' // m³
  | 'compute' // P: petaflops of computing power
  | 'duration' // years, days, minutes
  | 'count' // a counted noun: 个, 家, 户 …; the figure's label names what is counted
  | 'percent'
  | 'points' // 个百分点: percentage points
  | 'times' // 倍: a multiple (增长N倍 is a rise *by* N times)
  | 'ratio' // ∶ in 1∶3: one of the first thing to N of the second
  | 'rank'; // 第N位

/** A parsed Chinese unit: the power of ten its prefix carries, and what the rest measures. */
export interface Unit {
  text: string;
  /** Power of ten of the Chinese scale prefix (万 4, 亿 8, 万亿 12), applied to the base. */
  scale: number;
  dimension: Dimension;
  /** The English symbol or word of the base unit, after any SI prefix in it. */
  base: string;
  /** Power of ten from the base unit to its SI-free form (千瓦 is 10^3 W); 0 for non-SI units. */
  siExponent: number;
}

interface BaseUnit {
  dimension: Dimension;
  base: string;
  siExponent?: number;
}

// Longer names first, so 千瓦时 is not read as 千 + 瓦时 or 千瓦 + 时.
const BASES: [string, BaseUnit][] = [
  ['千瓦时', { dimension: 'energy', base: 'kWh', siExponent: 3 }],
  ['度', { dimension: 'energy', base: 'kWh', siExponent: 3 }],
  ['兆瓦', { dimension: 'power', base: 'MW', siExponent: 6 }],
  ['MW', { dimension: 'power', base: 'MW', siExponent: 6 }],
  ['千瓦', { dimension: 'power', base: 'kW', siExponent: 3 }],
  ['千伏', { dimension: 'voltage', base: 'kV', siExponent: 3 }],
  ['平方米', { dimension: 'area', base: 'm²' }],
  ['平方公里', { dimension: 'area', base: 'km²' }],
  ['立方米', { dimension: 'volume', base: 'm³' }],
  ['P', { dimension: 'compute', base: 'PFLOPS' }],
  ['公顷', { dimension: 'hectares', base: 'hectares' }],
  ['亩', { dimension: 'land', base: 'mu' }],
  ['公里', { dimension: 'length', base: 'km' }],
  ['千米', { dimension: 'length', base: 'km' }],
  ['蒸吨', { dimension: 'boiler', base: 'steam tonnes' }],
  ['吨', { dimension: 'mass', base: 'tonnes' }],
  ['标准箱', { dimension: 'containers', base: 'TEU' }],
  ['标箱', { dimension: 'containers', base: 'TEU' }],
  ['元', { dimension: 'money', base: 'yuan' }],
  ['个百分点', { dimension: 'points', base: 'percentage points' }],
  ['%', { dimension: 'percent', base: '%' }],
  ['％', { dimension: 'percent', base: '%' }],
  ['倍', { dimension: 'times', base: 'times' }],
  // A ratio prints its unit inside the number (1∶3); the value is written whole, "1∶3".
  ['∶', { dimension: 'ratio', base: 'ratio' }],
  ['位', { dimension: 'rank', base: 'rank' }],
  // 居全国第 2 prints no unit after the number; the ordinal 第 before it marks the rank.
  ['第', { dimension: 'rank', base: 'rank' }],
  ['年', { dimension: 'duration', base: 'years' }],
  ['天', { dimension: 'duration', base: 'days' }],
  ['个月', { dimension: 'duration', base: 'months' }],
  ['小时', { dimension: 'duration', base: 'hours' }],
  ['岁', { dimension: 'duration', base: 'years' }],
  ['分钟', { dimension: 'duration', base: 'minutes' }],
  // Counters: the number alone is the English form; the label says what is counted.
  ...[
    '个',
    '家',
    '户',
    '项',
    '件',
    '件次',
    '条',
    '处',
    '场',
    '座',
    '所',
    '人',
    '人次',
    '名',
    '列',
    '台',
    '辆',
    '套',
    '枚',
    '次',
    '头',
    '种',
    '款',
    '批',
    '栋',
    '间',
    '张',
    '只',
    '份',
    '支',
    '类',
    '架次',
    '宗',
    '株',
    '起',
    '部',
    '轮',
    '章',
    '方面',
  ].map((counter): [string, BaseUnit] => [counter, { dimension: 'count', base: counter }]),
];
BASES.sort(([a], [b]) => b.length - a.length);

const SCALES: [string, number][] = [
  ['万亿', 12],
  ['亿', 8],
  ['万', 4],
  ['千', 3],
];

/** The Chinese scale prefixes a unit may start with. */
export const SCALE_PREFIXES: readonly string[] = SCALES.map(([prefix]) => prefix);

/** Every unit text the parser knows without a scale prefix, for error messages. */
const BASE_UNIT_NAMES = BASES.map(([name]) => name);

/** Parses a unit exactly as printed ("亿千瓦时", "万千瓦", "%", "个百分点"), or throws naming what it cannot read. */
export function parseUnit(text: string): Unit {
  const unit = text.replace(/[\s\u3000]+/g, '');
  if (unit === '') throw new SyntaxError('unit is empty');
  // A bare scale ("2亿") counts things the label names.
  const bareScale = SCALES.find(([prefix]) => prefix === unit);
  if (bareScale) return { text: unit, scale: bareScale[1], dimension: 'count', base: '', siExponent: 0 };
  for (const [name, base] of BASES) {
    if (!unit.endsWith(name)) continue;
    const prefix = unit.slice(0, -name.length);
    const scale = prefix === '' ? 0 : SCALES.find(([p]) => p === prefix)?.[1];
    if (scale === undefined) continue;
    if (scale > 0 && ['percent', 'points', 'times', 'rank', 'ratio'].includes(base.dimension)) continue;
    return { text: unit, scale, dimension: base.dimension, base: base.base, siExponent: base.siExponent ?? 0 };
  }
  throw new SyntaxError(
    `unknown unit "${text}"; known units are ${BASE_UNIT_NAMES.join(' ')} with an optional 万, 亿 or 万亿 before them`,
  );
}

/** True when `text` is a unit parseUnit reads. */
export function isUnit(text: string): boolean {
  try {
    parseUnit(text);
    return true;
  } catch {
    return false;
  }
}
