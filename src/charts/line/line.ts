import { z } from 'astro/zod';
import { attributeText, figureList, labelCountMismatch, notAmong } from '../attributes';
import { defineChart, type ChartLocale } from '../chart';
import type { ChartDatum } from '../datum';
import { formatQuantity } from '../../figures/format';
import { parseUnit } from '../../figures/units';
import { fill, type Lang } from '../../i18n/dictionary';
import { spokenMark, withNote } from '../shared/describe';
import { MONTHS } from '../../lib/months';

const MAX_POINTS = 12;
const AT_PATTERN = /^(\d{4})(?:-(0[1-9]|1[0-2]))?$/;

/** What a step of a line chart shows. */
export interface LineState {
  figures: string[];
  at: string[];
  highlight: string[];
  adds: string[];
  labels?: string[] | undefined;
  step: boolean;
  note?: string | undefined;
}

/** Where a point sits in time: a position on the x axis and its names. */
export interface PointTime {
  /** Years as a number, at the middle of the period: 2023 → 2023.5, 2024-06 → 2024.458…. */
  position: number;
  year: number;
  /** For the axis: "2023", "Jun 2024"; "2023", "2024年6月". */
  tick: string;
  /** For sentences: "2023", "June 2024"; "2023年", "2024年6月". */
  name: string;
}

/** One point as the line component draws it. */
export interface LinePoint {
  datum: ChartDatum;
  time: PointTime;
  /** The height to plot, in base units: the figure itself, or the point before plus the figure when it is an addition. */
  base: number;
  /** The text beside the point: the figure's valueText, or for an addition "+2 (14 in all)", its sum with the point before. */
  value: string;
  /** What a screen reader hears of the point: "2024, New in 2024: +2 (14 in all) (target)". */
  spoken: string;
  label?: string | undefined;
  /** A target: a plan, drawn hollow and reached by a dashed segment. */
  planned: boolean;
  added: boolean;
  highlighted: boolean;
}

/** One step of a line chart as its component draws it. */
export interface LineStep {
  points: LinePoint[];
  step: boolean;
  note?: string | undefined;
}

/** Reads an `at` entry, a year or a year and month, as a point in time named in `lang`. */
export function pointTime(at: string, lang: Lang): PointTime {
  const match = AT_PATTERN.exec(at);
  if (!match) throw new SyntaxError(`"${at}" is not a year or year-month such as 2023 or 2024-06`);
  const year = Number(match[1]);
  if (!match[2]) return { position: year + 0.5, year, tick: `${year}`, name: lang === 'zh' ? `${year}年` : `${year}` };
  const month = Number(match[2]);
  const position = year + (month - 0.5) / 12;
  if (lang === 'zh') return { position, year, tick: `${year}年${month}月`, name: `${year}年${month}月` };
  const name = MONTHS[month - 1]!;
  return { position, year, tick: `${name.slice(0, 3)} ${year}`, name: `${name} ${year}` };
}

/** The years a period names ("first half of 2024" → [2024], "2019–2023" → [2019, 2023]), to check `at` against. */
function periodYears(periodText: string): number[] {
  return [...periodText.matchAll(/\d{4}/g)].map((match) => Number(match[0]));
}

/** Pipe-separated text in a directive attribute, each part non-empty. */
const pipeList = z
  .string()
  .transform((text) => text.split('|').map((part) => part.trim()))
  .pipe(z.array(z.string().min(1, 'an entry is empty')));

/** A figure's values over time as a line or step line; targets are hollow and reached by a dashed segment. */
export const lineChart = defineChart<LineState, LineStep>({
  name: 'line',
  example:
    'figures="pilots-2022, pilots-2023, new-2024-target" at="2022|2023|2024" adds="new-2024-target" labels="Chosen|Expanded|Planned" highlight="pilots-2023" step="true" note="…"',
  state: z.strictObject({
    figures: figureList
      .refine((list) => list.length >= 2, 'a line needs at least two figures')
      .refine(
        (list) => list.length <= MAX_POINTS,
        `show at most ${MAX_POINTS} points, so their labels stay readable on a phone`,
      ),
    at: pipeList.pipe(
      z.array(z.string().regex(AT_PATTERN, 'each entry must be a year or year-month such as 2023 or 2024-06')),
    ),
    highlight: figureList.optional().transform((list) => list ?? []),
    adds: figureList.optional().transform((list) => list ?? []),
    labels: pipeList.optional(),
    step: z
      .enum(['true', 'false', ''], { error: 'must be "true" or "false"' })
      .optional()
      .transform((flag) => flag === 'true' || flag === ''),
    note: attributeText.optional(),
  }),
  figureIds: (state) => state.figures,
  check(state, data) {
    if (state.at.length !== state.figures.length) {
      return `at has ${state.at.length} entries for ${state.figures.length} figures; give one year or year-month per figure, separated by |`;
    }
    const listed =
      labelCountMismatch(state.labels, 'figures', state.figures.length) ??
      notAmong('highlight', state.highlight, 'figures', state.figures) ??
      notAmong('adds', state.adds, 'figures', state.figures);
    if (listed) return listed;
    const twice = state.figures.find((id, index) => state.figures.indexOf(id) !== index);
    if (twice) return `figures names ${twice} twice; each point needs its own figure`;
    const repeated = state.at.find((at, index) => state.at.indexOf(at) !== index);
    if (repeated) return `at gives ${repeated} twice; each point needs its own time`;
    for (const [index, id] of state.figures.entries()) {
      const time = pointTime(state.at[index]!, 'en');
      const years = periodYears(data.get(id)!.periodText);
      if (years.length > 0 && (time.year < Math.min(...years) || time.year > Math.max(...years))) {
        return `at puts ${id} in ${state.at[index]}, but its period is ${data.get(id)!.periodText}`;
      }
    }
    const dimensions = new Set(state.figures.map((id) => data.get(id)!.dimension));
    if (dimensions.size > 1)
      return `a line must share one kind of unit, but these mix ${[...dimensions].join(' and ')}`;
    const positions = state.at.map((at) => pointTime(at, 'en').position);
    const first = state.figures[positions.indexOf(Math.min(...positions))]!;
    if (state.adds.includes(first))
      return `adds names ${first}, the earliest point, so there is nothing before it to add to`;
    return undefined;
  },
  resolve(state, data, locale) {
    return { points: linePoints(state, data, locale), step: state.step, note: state.note };
  },
  describe(state, data, locale) {
    const { text } = locale;
    const t = text.describe;
    const points = linePoints(state, data, locale);
    const measure = sharedLabel(points);
    const parts = points.map((point) => {
      const ahead = point.datum.ahead && fill(t.aTarget, { ahead: text.ahead[point.datum.ahead] });
      const flags = [point.added && t.added, ahead, point.highlighted && t.highlighted].filter(Boolean);
      const label = point.label ?? (measure ? undefined : point.datum.label);
      const name = label ? fill(t.pointName, { time: point.time.name, label }) : point.time.name;
      const item = fill(t.item, { label: name, value: point.value });
      return flags.length > 0 ? fill(t.flagged, { item, flags: flags.join(t.flags) }) : item;
    });
    const chart = fill(state.step ? t.stepLine : t.line, {
      count: String(points.length),
      measure: measure ? fill(t.measure, { label: measure }) : '',
      items: parts.join(t.items),
    });
    const planned = points.some((point) => point.planned) ? fill(t.lineTargets, { text: chart }) : chart;
    return withNote(planned, state.note, text);
  },
});

/** The label every point's figure shares, if they share one; then it is said once instead of at each point. */
function sharedLabel(points: readonly LinePoint[]): string | undefined {
  const labels = new Set(points.map((point) => point.datum.label));
  return labels.size === 1 ? [...labels][0] : undefined;
}

/** The points of a state in time order, each at its plotted height; labels and times follow their figures. */
export function linePoints(
  state: LineState,
  data: ReadonlyMap<string, ChartDatum>,
  { lang, text }: ChartLocale,
): LinePoint[] {
  const points = state.figures.map((id, index) => {
    const datum = data.get(id)!;
    const added = state.adds.includes(id);
    return {
      datum,
      time: pointTime(state.at[index]!, lang),
      base: datum.base,
      value: added ? fill(text.marks.added, { value: datum.valueText }) : datum.valueText,
      spoken: '',
      label: state.labels?.[index],
      planned: datum.ahead !== undefined,
      added,
      highlighted: state.highlight.includes(id),
    };
  });
  points.sort((a, b) => a.time.position - b.time.position);
  // An addition sits on top of the point before it, so "2 new in 2024" plots above the 12 already there.
  for (const [index, point] of points.entries()) {
    const before = points[index - 1];
    if (!point.added || !before) continue;
    point.base = before.base + point.datum.base;
    point.value = addedValue(point.datum, before, { lang, text });
  }
  for (const point of points) {
    const name = fill(text.describe.pointName, { time: point.time.name, label: point.label ?? point.datum.label });
    point.spoken = spokenMark(name, point.value, point.datum.ahead, text);
  }
  return points;
}

/**
 * What an addition prints: "+2 (14 in all)", the sum in the unit both points print, so the height it plots is a number
 * the reader can see; just "+2" when either value is hedged (their sum would be too), the units differ, or the point
 * before is itself an addition.
 */
export function addedValue(
  datum: ChartDatum,
  before: Pick<LinePoint, 'datum' | 'added'>,
  { lang, text }: ChartLocale,
): string {
  // A value in the unit as printed: "14" in English (the label names what is counted), "14个" in Chinese.
  const quantity = (value: number, unit: string) =>
    lang === 'zh' ? `${value}${parseUnit(unit).text}` : formatQuantity(String(value), unit);
  const plain = (one: ChartDatum) => one.valueText === quantity(one.value, one.unit);
  if (before.added || datum.unit !== before.datum.unit || !plain(datum) || !plain(before.datum))
    return fill(text.marks.added, { value: datum.valueText });
  // Printed values carry a few decimals at most; rounding to 12 digits drops the float error of their sum.
  const total = Number((before.datum.value + datum.value).toPrecision(12));
  return fill(text.marks.addedTotal, { value: datum.valueText, total: quantity(total, datum.unit) });
}
