import { barsChart } from './bars/bars';
import { bigNumberChart } from './big-number/big-number';
import type { ChartType } from './chart';
import { lineChart } from './line/line';
import { mapChart } from './map/map';
import { proportionChart } from './proportion/proportion';
import { unitsChart } from './units/units';

/** Every chart type a story can name, by the name authors write: `::::scrolly{chart=bars}`. */
// The registry erases each chart's own state type; the transform validates states with the chart's schema.
export const CHARTS: Record<string, ChartType<unknown, unknown>> = {
  bars: barsChart,
  'big-number': bigNumberChart,
  units: unitsChart,
  line: lineChart,
  proportion: proportionChart,
  map: mapChart,
};
