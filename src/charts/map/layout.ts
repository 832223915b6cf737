import {
  geoConicEqualArea,
  geoPath,
  geoTransform,
  polygonArea,
  polygonCentroid,
  polygonContains,
  type GeoProjection,
} from 'd3';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { INSET } from './inset';

/** The width of the map's fixed coordinate space; the SVG scales it to the frame with its viewBox. */
export const MAP_WIDTH = 600;
const PAD = 4;
// Room around Inner Mongolia when the map zooms to it, in map units.
const ZOOM_PAD = 14;
// ECharts draws latitude at 1/0.75 the scale of longitude; its inset was designed for that.
const ECHARTS_ASPECT = 0.75;
// The inset's width as a share of the map's.
const INSET_WIDTH = 0.075;
// A path keeps a tenth of a map unit: a quarter of a pixel even when zoomed to Inner Mongolia at 700 px.
const PATH_SCALE = 10;

/** A point in the map's coordinate space. */
export type Point = [number, number];

/** A box in the map's coordinate space: its top-left and bottom-right corners. */
export type Extent = [Point, Point];

/** The two views a step can show: all of China, or zoomed to Inner Mongolia. */
export type MapView = 'china' | 'inner-mongolia';

/** A region's shape as an SVG path in map units. */
export interface RegionShape {
  id: string;
  d: string;
}

/** What every step of every map draws, identical across steps so it is computed (and sent) once. */
export interface MapBase {
  width: number;
  height: number;
  provinces: RegionShape[];
  divisions: RegionShape[];
  /** The South China Sea Islands inset: thin filled shapes (dashes and a frame), never highlighted. */
  inset: string;
  /** Where the boundaries come from, and their licence; on a step, as its page says it: "Boundaries: Apache ECharts 4.9.0 (Apache-2.0)". */
  attribution: string;
}

/** A view as a transform of the base map: scale by k, then move by (x, y). */
export interface Zoom {
  k: number;
  x: number;
  y: number;
}

/** The base map with what steps need to place marks on it: each region's label point and each view's zoom. */
export interface MapGeometry {
  base: MapBase;
  /** A point well inside each region (its centroid when that is inside), in map units. */
  anchors: ReadonlyMap<string, Point>;
  /** Each region's bounding box (top-left, bottom-right), in map units. */
  extents: ReadonlyMap<string, Extent>;
  zooms: Readonly<Record<MapView, Zoom>>;
}

/** A set of named regions as data/geo stores them: GeoJSON with an id on every feature and the attribution. */
export type RegionCollection = FeatureCollection<Polygon | MultiPolygon, { id: string }> & { attribution?: string };

/** An SVG path context that writes relative moves at a tenth of a unit, about half the bytes of absolute ones. */
class RelativePath {
  private parts: string[] = [];
  private x = 0;
  private y = 0;
  private startX = 0;
  private startY = 0;
  private drawing = false;

  moveTo(x: number, y: number) {
    const [ix, iy] = [Math.round(x * PATH_SCALE), Math.round(y * PATH_SCALE)];
    this.parts.push(`M${number(ix)}${separated(iy)}`);
    [this.x, this.y, this.startX, this.startY, this.drawing] = [ix, iy, ix, iy, false];
  }

  lineTo(x: number, y: number) {
    const [ix, iy] = [Math.round(x * PATH_SCALE), Math.round(y * PATH_SCALE)];
    if (ix === this.x && iy === this.y) return;
    // After the first `l`, SVG repeats the command for every further pair of numbers.
    const dx = this.drawing ? separated(ix - this.x) : `l${number(ix - this.x)}`;
    this.parts.push(`${dx}${separated(iy - this.y)}`);
    [this.x, this.y, this.drawing] = [ix, iy, true];
  }

  closePath() {
    this.parts.push('z');
    [this.x, this.y, this.drawing] = [this.startX, this.startY, false];
  }

  // geoPath calls these for points, which the map never draws as geometry.
  beginPath() {}
  arc() {}

  result(): string {
    const text = this.parts.join('');
    this.parts = [];
    return text;
  }
}

/** A coordinate held in tenths, printed without a leading zero: 5 → ".5", -12 → "-1.2". */
function number(tenths: number): string {
  return (tenths / PATH_SCALE).toString().replace(/^(-?)0\./, '$1.');
}

/** A second coordinate, with the space it needs only when no minus sign separates it. */
function separated(tenths: number): string {
  const text = number(tenths);
  return text.startsWith('-') ? text : ` ${text}`;
}

/** The outer rings of a region's polygons, projected. */
function projectedRings(geometry: Polygon | MultiPolygon, projection: GeoProjection): Point[][] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((polygon) => polygon[0]!.map((position: Position) => projection([position[0]!, position[1]!])!));
}

/** The distance from a point to the nearest edge of a ring. */
function edgeDistance(point: Point, ring: readonly Point[]): number {
  let best = Infinity;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [ax, ay] = ring[j]!;
    const [bx, by] = ring[i]!;
    const [dx, dy] = [bx - ax, by - ay];
    const length2 = dx * dx + dy * dy;
    const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((point[0] - ax) * dx + (point[1] - ay) * dy) / length2));
    best = Math.min(best, Math.hypot(point[0] - ax - t * dx, point[1] - ay - t * dy));
  }
  return best;
}

/** A point to hang a label or line on: the centroid unless it falls outside or hugs an edge (Hebei, Gansu). */
export function labelPoint(ring: readonly Point[]): Point {
  const centroid = polygonCentroid(ring as Point[]);
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const steps = 24;
  let best: Point = centroid;
  let bestDistance = -1;
  for (let i = 0; i <= steps; i++) {
    for (let j = 0; j <= steps; j++) {
      const point: Point = [x0 + ((x1 - x0) * i) / steps, y0 + ((y1 - y0) * j) / steps];
      if (!polygonContains(ring as Point[], point)) continue;
      const distance = edgeDistance(point, ring);
      if (distance > bestDistance) [best, bestDistance] = [point, distance];
    }
  }
  const centroidInside = polygonContains(ring as Point[], centroid);
  return centroidInside && edgeDistance(centroid, ring) >= bestDistance / 2 ? centroid : best;
}

/** The collection without ECharts' inset, which is placed on its own rather than projected. */
function withoutInset(collection: RegionCollection): RegionCollection {
  return { ...collection, features: collection.features.filter((feature) => feature.properties.id !== INSET.id) };
}

/**
 * Draws the South China Sea Islands inset upright in the map's bottom-right corner, as ECharts does: its shapes are
 * schematic, laid out in degrees with latitude stretched by 1/0.75, so projecting them would only tilt the box.
 */
function insetPath(
  feature: RegionCollection['features'][number],
  corner: { x: number; y: number },
  width: number,
  writer: RelativePath,
): string {
  const rings = (
    feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates
  ).flat();
  const lons = rings.flatMap((ring) => ring.map((p) => p[0]!));
  const lats = rings.flatMap((ring) => ring.map((p) => p[1]!));
  const [lon0, lon1, lat0, lat1] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const scale = width / (lon1 - lon0);
  const height = ((lat1 - lat0) / ECHARTS_ASPECT) * scale;
  const place = geoTransform({
    point(lon, lat) {
      this.stream.point(
        corner.x - width + (lon - lon0) * scale,
        corner.y - height + ((lat1 - lat) / ECHARTS_ASPECT) * scale,
      );
    },
  });
  geoPath(place, writer)(feature);
  return writer.result();
}

/** Projects provinces and divisions into a MAP_WIDTH-wide space (equal-area conic centred on China) and writes paths. */
export function mapGeometry(provinces: RegionCollection, divisions: RegionCollection, width = MAP_WIDTH): MapGeometry {
  // Standard parallels at 25°N and 47°N keep China's shape true to within a few per cent at both ends.
  const projection = geoConicEqualArea()
    .parallels([25, 47])
    .rotate([-105, 0])
    .precision(0)
    .fitWidth(width - 2 * PAD, withoutInset(provinces));
  const [tx, ty] = projection.translate();
  projection.translate([tx + PAD, ty + PAD]);
  const writer = new RelativePath();
  const path = geoPath(projection, writer);
  const shapes = (collection: RegionCollection) =>
    collection.features.map((feature): RegionShape => {
      path(feature);
      return { id: feature.properties.id, d: writer.result() };
    });
  // Bounds in map units, of the whole map, each region and the divisions' zoom.
  const measure = geoPath(projection);
  const height = Math.ceil(measure.bounds(withoutInset(provinces))[1][1] + PAD);
  const insetFeature = provinces.features.find((feature) => feature.properties.id === INSET.id);
  const inset = insetFeature
    ? insetPath(insetFeature, { x: width - PAD, y: height - PAD }, width * INSET_WIDTH, writer)
    : '';
  const anchors = new Map<string, Point>();
  const extents = new Map<string, Extent>();
  const round = (value: number) => Math.round(value * PATH_SCALE) / PATH_SCALE;
  for (const feature of [...withoutInset(provinces).features, ...divisions.features]) {
    const rings = projectedRings(feature.geometry, projection);
    const largest = rings.reduce((a, b) => (Math.abs(polygonArea(b)) > Math.abs(polygonArea(a)) ? b : a));
    anchors.set(feature.properties.id, labelPoint(largest));
    const [[left, top], [right, bottom]] = measure.bounds(feature);
    extents.set(feature.properties.id, [
      [round(left), round(top)],
      [round(right), round(bottom)],
    ]);
  }
  const [[x0, y0], [x1, y1]] =
    divisions.features.length > 0
      ? measure.bounds(divisions)
      : [
          [0, 0],
          [width, height],
        ];
  const k = Math.min((width - 2 * ZOOM_PAD) / (x1 - x0), (height - 2 * ZOOM_PAD) / (y1 - y0));
  return {
    base: {
      width,
      height,
      provinces: shapes(withoutInset(provinces)),
      divisions: shapes(divisions),
      inset,
      attribution: provinces.attribution ?? divisions.attribution ?? '',
    },
    anchors,
    extents,
    zooms: {
      china: { k: 1, x: 0, y: 0 },
      'inner-mongolia': { k, x: width / 2 - (k * (x0 + x1)) / 2, y: height / 2 - (k * (y0 + y1)) / 2 },
    },
  };
}

/** The control point of a gentle arc between two points: a quadratic curve bowed left of travel by a fifth of its length. */
export function arcControl(from: Point, to: Point): Point {
  const [dx, dy] = [to[0] - from[0], to[1] - from[1]];
  const bow = 0.2;
  return [(from[0] + to[0]) / 2 + dy * bow, (from[1] + to[1]) / 2 - dx * bow];
}

/** Where a base-map point lands in a view. */
export function inView(point: Point, zoom: Zoom): Point {
  return [zoom.x + zoom.k * point[0], zoom.y + zoom.k * point[1]];
}
