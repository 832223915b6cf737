import { shift, toNumber } from '../figures/decimal';
import { isAhead, type AheadKind, type FigureKind } from '../figures/figure';
import { printedValue } from '../figures/format';
import type { Dimension } from '../figures/units';
import { parseUnit } from '../figures/units';
import type { FigureView } from '../figures/view';
import type { Lang } from '../i18n/dictionary';
import { figureHref, sourceHref } from '../lib/urls';

/** A figure as a chart receives it: a number to plot, its labels in the page's language, and the links that make it traceable. */
export interface ChartDatum {
  id: string;
  label: string;
  /** The printed value as a number, in the printed unit ("5500" 亿千瓦时 → 5500). */
  value: number;
  /** The value in the unit's base (万 and 亿 applied), so figures in 万 and 亿 compare correctly. */
  base: number;
  /** The form readers see: "550 billion kWh" in English, "5500亿千瓦时" in Chinese. */
  valueText: string;
  /** The unit as printed (万千瓦, 个), so a chart can write a sum of two figures in it. */
  unit: string;
  dimension: Dimension;
  kind: FigureKind;
  /** Set for a target, plan or forecast: never drawn or named as an outcome. */
  ahead?: AheadKind;
  /** The period as written in the data ("2024-01/2024-06"), for a chart that measures time between figures. */
  period: string;
  periodText: string;
  placeText: string;
  /** The figure's entry in the figure index. */
  href: string;
  /** The quoted passage in its source. */
  sourceHref: string;
  /** "Hohhot Municipal People's Government, 22 August 2024"; "呼和浩特市人民政府，2024年8月22日". */
  credit: string;
}

/** Turns a figure view into the datum charts draw in an edition's language; runs at build time. */
export function chartDatum(view: FigureView, lang: Lang): ChartDatum {
  const zh = lang === 'zh';
  const { figure } = view;
  const unit = parseUnit(figure.unit);
  const printed = printedValue(figure.value);
  const signed = figure.direction === 'down' ? -1 : 1;
  return {
    id: figure.id,
    label: zh ? figure.label_zh : figure.label,
    value: signed * toNumber(printed),
    base: signed * toNumber(shift(printed, unit.scale)),
    valueText: zh ? view.valueZh : view.valueEn,
    unit: figure.unit,
    dimension: unit.dimension,
    kind: figure.kind,
    ...(isAhead(figure.kind) && { ahead: figure.kind }),
    period: figure.period,
    periodText: zh ? view.periodZh : view.periodEn,
    placeText: zh ? view.placeZh : view.placeEn,
    href: figureHref(figure.source, figure.id, lang),
    sourceHref: sourceHref(figure.source, figure.passage.anchor, lang),
    credit: zh ? view.creditZh : view.credit,
  };
}
