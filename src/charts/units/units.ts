import { z } from 'astro/zod';
import { attributeText, figureList, labelCountMismatch, labelList, notAmong } from '../attributes';
import { defineChart, type ChartLocale } from '../chart';
import type { ChartDatum } from '../datum';
import { MAX_UNITS, type UnitGroup } from './layout';
import { fill } from '../../i18n/dictionary';
import { markedValue, withNote } from '../shared/describe';

/** What a step of a unit chart shows. */
export interface UnitsState {
  groups: string[];
  highlight: string[];
  labels?: string[] | undefined;
  note?: string | undefined;
}

/** One step of a unit chart as its component draws it. */
export interface UnitsStep {
  groups: UnitGroup[];
  note?: string | undefined;
}

/** The groups of a state in drawing order, named in `text`'s language; without `highlight`, the first group stands out. */
export function unitGroups(
  state: UnitsState,
  data: ReadonlyMap<string, ChartDatum>,
  text: ChartLocale['text'],
): UnitGroup[] {
  return state.groups.map((id, index) => {
    const datum = data.get(id)!;
    const label = state.labels?.[index] ?? datum.label;
    const name = fill(text.describe.item, { label, value: datum.valueText });
    return {
      datum,
      label,
      name: markedValue(name, datum.ahead, text),
      count: datum.base,
      highlighted: state.highlight.length > 0 ? state.highlight.includes(id) : index === 0,
      hollow: datum.ahead !== undefined,
    };
  });
}

/** One mark per thing counted (pocket parks, UHV lines, clusters), in consecutive runs of one wrapping grid. */
export const unitsChart = defineChart<UnitsState, UnitsStep>({
  name: 'units',
  example: 'groups="parks-built, parks-under-way" labels="Built|Under way" highlight="parks-built" note="…"',
  state: z.strictObject({
    groups: figureList,
    highlight: figureList.optional().transform((list) => list ?? []),
    labels: labelList.optional(),
    note: attributeText.optional(),
  }),
  figureIds: (state) => state.groups,
  check(state, data) {
    const repeated = state.groups.filter((id, index) => state.groups.indexOf(id) !== index);
    if (repeated.length > 0) return `groups names ${[...new Set(repeated)].join(', ')} more than once`;
    const listed =
      notAmong('highlight', state.highlight, 'groups', state.groups) ??
      labelCountMismatch(state.labels, 'groups', state.groups.length);
    if (listed) return listed;
    for (const id of state.groups) {
      const datum = data.get(id)!;
      if (datum.dimension !== 'count') {
        return `${id} is in ${datum.dimension}, but a unit chart draws one mark per thing counted; use a figure whose unit is a counter such as 个 or 处, or chart=bars`;
      }
      if (!Number.isInteger(datum.base) || datum.base < 0) {
        return `${id} is ${datum.valueText}, but a unit chart needs a whole number of things, zero or more`;
      }
      if (datum.base > MAX_UNITS) {
        return `${id} counts ${datum.valueText}, more than the ${MAX_UNITS} marks a unit chart draws; show a count this large with chart=bars`;
      }
    }
    const total = state.groups.reduce((sum, id) => sum + data.get(id)!.base, 0);
    if (total > MAX_UNITS) {
      return `groups add up to ${total} marks, more than the ${MAX_UNITS} a unit chart draws; show fewer groups, or use chart=bars`;
    }
    return undefined;
  },
  resolve: (state, data, { text }) => ({ groups: unitGroups(state, data, text), note: state.note }),
  describe(state, data, { text }) {
    const t = text.describe;
    const groups = unitGroups(state, data, text);
    const total = groups.reduce((sum, group) => sum + group.count, 0);
    const parts = groups.map((group) => {
      const item = fill(t.item, { label: group.label, value: group.datum.valueText });
      const ahead = group.datum.ahead && fill(t.hollow, { ahead: text.ahead[group.datum.ahead] });
      const flags = [group.highlighted && t.highlighted, ahead].filter(Boolean);
      return flags.length > 0 ? fill(t.flagged, { item, flags: flags.join(t.unitFlags) }) : item;
    });
    const chart = fill(total === 1 ? t.unitsOne : t.units, { count: String(total), items: parts.join(t.items) });
    return withNote(chart, state.note, text);
  },
});
