import { z } from 'astro/zod';
import provincesData from '../../../data/geo/china-provinces.json';
import divisionsData from '../../../data/geo/inner-mongolia-divisions.json';
import { withBase } from '../../lib/urls';
import { attributeText, figureList, labelCountMismatch, labelList } from '../attributes';
import { defineChart, type ChartLocale } from '../chart';
import type { ChartDatum } from '../datum';
import {
  arcControl,
  inView,
  mapGeometry,
  type Extent,
  type MapBase,
  type MapGeometry,
  type MapView,
  type Point,
  type RegionCollection,
  type Zoom,
} from './layout';
import { REGIONS } from '../../lib/places';
import { fill, type Lang } from '../../i18n/dictionary';
import type { ChartText } from '../frame';
import { markedValue, spokenMark, withNote } from '../shared/describe';
import { baseMapFile, type BaseMapFile } from './base-file';

/** A schematic line between two regions. */
export interface MapLine {
  from: string;
  to: string;
}

/** What a step of a map shows. */
export interface MapState {
  view: MapView;
  highlight: string[];
  figures: string[];
  lines: MapLine[];
  lineFigures: string[];
  labels?: string[] | undefined;
  points: string[];
  note?: string | undefined;
}

/** A highlighted region or marked point as the component draws it, anchored in map units. */
export interface MapPlace {
  id: string;
  /** The short name for a label on the map. */
  name: string;
  /** The full name, for screen readers and the key under the map. */
  full: string;
  anchor: Point;
  /** The region's bounding box, so a name that cannot fit inside a small region is set beside it, not over it. */
  extent: Extent;
  datum?: ChartDatum | undefined;
  /** What a screen reader hears of its figure: "Hohhot: 2 GW (target)". */
  spoken?: string | undefined;
}

/** A schematic line as the component draws it: an arc in map units from one region's anchor to another's. */
export interface MapArc {
  id: string;
  from: MapPlace;
  to: MapPlace;
  control: Point;
  label?: string | undefined;
  datum?: ChartDatum | undefined;
  /** What a screen reader hears of the line's figure: "Xilingol League to Jiangsu, schematic: 10 GW". */
  spoken?: string | undefined;
}

/** One step of a map as its component draws it; `base` is the same object in every step. */
export interface MapStep {
  /** Absent when withSharedBase has moved it to an earlier step. */
  base?: MapBase | undefined;
  view: MapView;
  zoom: Zoom;
  highlight: MapPlace[];
  lines: MapArc[];
  points: MapPlace[];
  note?: string | undefined;
}

const VIEWS = ['china', 'inner-mongolia'] as const;
const UNKNOWN_HINT = 'use a place id (hohhot, xilingol, …) or a province id (beijing, jiangsu, …)';

/** A comma-separated list of region ids: highlight="xilingol, hohhot". */
const regionList = z
  .string()
  .transform((text) =>
    text
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.string()).min(1, 'name at least one region'))
  .superRefine((ids, context) => {
    const unknown = ids.filter((id) => !REGIONS.has(id));
    if (unknown.length > 0)
      context.addIssue({ code: 'custom', message: `unknown region ${unknown.join(', ')}; ${UNKNOWN_HINT}` });
  });

/** A comma-separated list of lines between regions: lines="xilingol>jiangsu, hulunbuir>liaoning". */
const lineList = z
  .string()
  .transform((text) =>
    text
      .split(',')
      .map((line) => line.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.string()).min(1, 'name at least one line, as from>to'))
  .transform((lines, context): MapLine[] =>
    lines.map((line) => {
      const ends = line.split('>').map((end) => end.trim());
      if (ends.length !== 2 || !ends[0] || !ends[1]) {
        context.addIssue({
          code: 'custom',
          message: `"${line}" is not a line; write from>to, such as xilingol>jiangsu`,
        });
        return { from: '', to: '' };
      }
      const unknown = ends.filter((end) => !REGIONS.has(end));
      if (unknown.length > 0)
        context.addIssue({
          code: 'custom',
          message: `unknown region ${unknown.join(', ')} in "${line}"; ${UNKNOWN_HINT}`,
        });
      return { from: ends[0], to: ends[1] };
    }),
  );

let cached: MapGeometry | undefined;

/** The projected base map, built once per build from data/geo and shared by every step of every map. */
export function defaultGeometry(): MapGeometry {
  cached ??= mapGeometry(provincesData as RegionCollection, divisionsData as RegionCollection);
  return cached;
}

const credited = new WeakMap<MapBase, Map<string, MapBase>>();

/** The base map with its boundaries credited in the page's words; one object per edition, shared by all its steps. */
function creditedBase(base: MapBase, text: ChartText): MapBase {
  const attribution = fill(text.key.mapBoundaries, { source: base.attribution });
  const byCredit = credited.get(base) ?? new Map<string, MapBase>();
  credited.set(base, byCredit);
  if (!byCredit.has(attribution)) byCredit.set(attribution, { ...base, attribution });
  return byCredit.get(attribution)!;
}

/** Every figure a map state names, once each: the frame's data table keys rows by figure id. */
function mapFigureIds(state: MapState): string[] {
  return [...new Set([...state.figures, ...state.lineFigures])];
}

/** A region as a drawable place, with its figure when it has one. */
function place(id: string, geometry: MapGeometry, lang: Lang, datum?: ChartDatum): MapPlace {
  const region = REGIONS.get(id)!;
  return {
    id,
    name: lang === 'zh' ? region.zh : region.short,
    full: regionName(id, lang),
    anchor: geometry.anchors.get(id)!,
    extent: geometry.extents.get(id)!,
    datum,
  };
}

/** Every region a state puts a mark on, for checking that the view shows them. */
function markedRegions(state: MapState): string[] {
  return [...new Set([...state.highlight, ...state.lines.flatMap((line) => [line.from, line.to]), ...state.points])];
}

/** A region's full name in `lang`: "Xilingol League", "锡林郭勒盟". */
function regionName(id: string, lang: Lang): string {
  const region = REGIONS.get(id)!;
  return lang === 'zh' ? region.zh : region.en;
}

/** A figure with its label for a description: "Power sent to Beijing: 550 billion kWh (target)". */
function spoken(datum: ChartDatum, text: ChartText): string {
  return spokenMark(datum.label, datum.valueText, datum.ahead, text);
}

/** The figure a highlighted region carries: its own, in the same order, or the one figure given for them all. */
function regionFigure(state: MapState, index: number): string | undefined {
  return state.figures.length === 1 ? state.figures[0] : state.figures[index];
}

/** Resolves a map state into what its component draws, against a projected geometry. */
export function resolveMap(
  state: MapState,
  data: ReadonlyMap<string, ChartDatum>,
  geometry: MapGeometry,
  { lang, text }: ChartLocale,
): MapStep {
  const figure = (id: string | undefined) => (id ? data.get(id) : undefined);
  return {
    base: creditedBase(geometry.base, text),
    view: state.view,
    zoom: geometry.zooms[state.view],
    highlight: state.highlight.map((id, index) => {
      const datum = figure(regionFigure(state, index));
      const region = place(id, geometry, lang, datum);
      return {
        ...region,
        spoken: datum && spokenMark(region.full, datum.valueText, datum.ahead, text),
      };
    }),
    lines: state.lines.map((line, index): MapArc => {
      const from = place(line.from, geometry, lang);
      const to = place(line.to, geometry, lang);
      const datum = figure(state.lineFigures[index]);
      const route = fill(text.describe.route, { from: from.full, to: to.full });
      return {
        id: `${line.from}>${line.to}`,
        from,
        to,
        control: arcControl(from.anchor, to.anchor),
        label: state.labels?.[index],
        datum,
        spoken:
          datum && fill(text.describe.schematic, { route, value: markedValue(datum.valueText, datum.ahead, text) }),
      };
    }),
    points: state.points.map((id) => place(id, geometry, lang)),
    note: state.note,
  };
}

let cachedFile: BaseMapFile | undefined;

/** The file of the base map, built once per build from the same geometry as every step. */
export function defaultBaseFile(): BaseMapFile {
  cachedFile ??= baseMapFile(defaultGeometry().base);
  return cachedFile;
}

/** What every copy of a map on a page adds to its steps: where the site's one file of the base map is. */
export interface MapCopyProps {
  /**
   * The address of the base map file (base-file.ts), whose layers the copy shows with <use>, so no page carries the
   * borders in its HTML and a reader's browser fetches them once for every map. Without it, the layers are looked for
   * in the same document, where a share card puts them (catalogue.ts).
   */
  baseHref?: string | undefined;
}

/** The address of the base map file under the deploy path, as a page's maps point at it. */
function baseHref(): string {
  return withBase(defaultBaseFile().path);
}

/** The props of every copy of a map on a page (the sticky chart and each step's still): its steps, and the base map's file. */
export function mapCopyProps(steps: MapStep[]): { steps: MapStep[] } & MapCopyProps {
  return { steps, baseHref: baseHref() };
}

/** A map of China's provinces with Inner Mongolia's twelve divisions: highlighted regions, schematic lines, points. */
export const mapChart = defineChart<MapState, MapStep>({
  name: 'map',
  example:
    'view="china" highlight="xilingol, hohhot" figures="fig-a, fig-b" lines="xilingol>jiangsu" lineFigures="fig-c" labels="UHV DC line" points="baotou" note="…"',
  state: z
    .strictObject({
      view: z.enum(VIEWS).default('china'),
      highlight: regionList.optional().transform((list) => list ?? []),
      figures: figureList.optional().transform((list) => list ?? []),
      lines: lineList.optional().transform((list) => list ?? []),
      lineFigures: figureList.optional().transform((list) => list ?? []),
      labels: labelList.optional(),
      points: regionList.optional().transform((list) => list ?? []),
      note: attributeText.optional(),
    })
    .refine((state) => state.highlight.length + state.lines.length + state.points.length > 0, {
      message: 'a map step needs highlight, lines or points',
    }),
  figureIds: mapFigureIds,
  check(state) {
    const twice = state.highlight.filter((id, index) => state.highlight.indexOf(id) !== index);
    if (twice.length > 0) return `highlight names ${twice.join(', ')} more than once`;
    if (state.figures.length > 1 && state.figures.length !== state.highlight.length) {
      return `figures has ${state.figures.length} entries for ${state.highlight.length} highlighted regions; give one figure per highlighted region, in the same order, or one figure for them all`;
    }
    if (state.lineFigures.length > 0 && state.lineFigures.length !== state.lines.length) {
      return `lineFigures has ${state.lineFigures.length} entries for ${state.lines.length} lines; give one figure per line, in the same order`;
    }
    const labels = labelCountMismatch(state.labels, 'lines', state.lines.length);
    if (labels) return labels;
    const loop = state.lines.find((line) => line.from === line.to);
    if (loop) return `line ${loop.from}>${loop.to} starts and ends in the same region`;
    const repeated = state.lines.find(
      (line, index) => state.lines.findIndex((other) => other.from === line.from && other.to === line.to) !== index,
    );
    if (repeated) return `line ${repeated.from}>${repeated.to} is drawn twice`;
    const geometry = defaultGeometry();
    const zoom = geometry.zooms[state.view];
    const outside = markedRegions(state).filter((id) => {
      const [x, y] = inView(geometry.anchors.get(id)!, zoom);
      return x < 0 || y < 0 || x > geometry.base.width || y > geometry.base.height;
    });
    if (outside.length > 0)
      return `${outside.join(', ')} ${outside.length === 1 ? 'lies' : 'lie'} outside the ${state.view} view; use view="china"`;
    return undefined;
  },
  resolve: (state, data, locale) => resolveMap(state, data, defaultGeometry(), locale),
  anchors: (state, data, lang) => [
    ...mapFigureIds(state).map((id) => ({ id, name: data.get(id)?.label ?? id })),
    ...markedRegions(state).map((id) => ({ id, name: regionName(id, lang) })),
  ],
  describe(state, data, { lang, text }) {
    const t = text.describe;
    const name = (id: string) => regionName(id, lang);
    const figure = (id: string | undefined) => (id ? data.get(id) : undefined);
    const shared = state.figures.length === 1 && state.highlight.length > 1 ? figure(state.figures[0]) : undefined;
    const highlighted = shared
      ? [fill(t.together, { names: state.highlight.map(name).join(t.names), value: spoken(shared, text) })]
      : state.highlight.map((id, index) => {
          const datum = figure(regionFigure(state, index));
          return datum ? fill(t.regionValue, { name: name(id), value: spoken(datum, text) }) : name(id);
        });
    const lines = state.lines.map((line, index) => {
      const datum = figure(state.lineFigures[index]);
      const details = [state.labels?.[index], datum && spoken(datum, text)].filter(Boolean).join(t.lineDetails);
      const route = fill(t.route, { from: name(line.from), to: name(line.to) });
      return details ? fill(t.flagged, { item: route, flags: details }) : route;
    });
    let description = state.view === 'china' ? t.mapChina : t.mapRegion;
    if (highlighted.length > 0)
      description = fill(t.highlightedRegions, { text: description, items: highlighted.join(t.items) });
    if (lines.length > 0) description = fill(t.lines, { text: description, items: lines.join(t.items) });
    if (state.points.length > 0)
      description = fill(t.marked, { text: description, names: state.points.map(name).join(t.names) });
    return withNote(description, state.note, text);
  },
});
