/**
 * Builds the map chart's boundary data: decodes ECharts 4.9.0's China and Inner Mongolia files, names every region
 * with the site's ids, simplifies shared borders once (TopoJSON) so neighbours never gap, and writes compact GeoJSON
 * to data/geo/. Run it after changing the source package or the thresholds: `npm run map:data`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoArea } from 'd3';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { planarRingArea, presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { decodeEcharts, type EncodedCollection } from '../src/charts/map/decode.ts';
import { INSET } from '../src/charts/map/inset.ts';
import { DIVISIONS, PROVINCES } from '../src/lib/places.ts';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const echartsRoot = dirname(require.resolve('echarts/package.json'));
const version: string = JSON.parse(readFileSync(join(echartsRoot, 'package.json'), 'utf8')).version;
// Names and licence only: each edition says "boundaries from" in its own words (chart.key.mapBoundaries).
const attribution = `Apache ECharts ${version} (Apache-2.0)`;

// Visvalingam weights in square degrees. The whole-China view draws about 0.1° a pixel at 600 px, so provinces lose
// triangles under about 2 by 1 px there; Inner Mongolia's divisions keep finer detail for its zoomed view (2.2×).
const PROVINCE_WEIGHT = 0.01;
const DIVISION_WEIGHT = 0.002;
// Islands smaller than this (square degrees) vanish at the map's scale; a region always keeps its largest polygon.
const MIN_ISLAND = 0.02;
// 0.01° is about 1 km, far below a pixel in either view.
const PRECISION = 100;

type Properties = { id: string; zh: string };
type Region = Feature<Polygon | MultiPolygon, Properties>;

/** Reads one of ECharts' map files, decoded to plain GeoJSON. */
function readEcharts(path: string) {
  return decodeEcharts(JSON.parse(readFileSync(join(echartsRoot, 'map/json', path), 'utf8')) as EncodedCollection);
}

/** Gives each feature the site's id, failing on any name the region tables do not know. */
function named(collection: ReturnType<typeof readEcharts>, table: Record<string, { id: string }>): Region[] {
  const seen = new Set<string>();
  const regions = collection.features.map((source): Region => {
    const zh = source.properties.name;
    const entry = table[zh];
    if (!entry) throw new Error(`no id for region ${zh}; add it to src/lib/places.ts`);
    seen.add(zh);
    return { type: 'Feature', id: entry.id, properties: { id: entry.id, zh }, geometry: source.geometry };
  });
  const missing = Object.keys(table).filter((zh) => !seen.has(zh));
  if (missing.length > 0) throw new Error(`the source has no region named ${missing.join(', ')}`);
  return regions;
}

/** The polygons of a geometry, whether it is a Polygon or a MultiPolygon. */
function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Closes open rings and winds each ring clockwise, as d3-geo reads polygons (the opposite of RFC 7946). */
function forD3(geometry: Polygon | MultiPolygon): MultiPolygon {
  const polygons = polygonsOf(geometry).map((polygon) =>
    polygon.map((ring) => {
      const first = ring[0]!;
      const last = ring.at(-1)!;
      const closed = first[0] === last[0] && first[1] === last[1] ? ring : [...ring, first];
      // A ring wound the wrong way encloses the rest of the globe.
      return geoArea({ type: 'Polygon', coordinates: [closed] }) > 2 * Math.PI ? [...closed].reverse() : closed;
    }),
  );
  return { type: 'MultiPolygon', coordinates: polygons };
}

/** Rounds coordinates and drops the repeated points rounding makes. */
function rounded(ring: Position[]): [number, number][] {
  const out: [number, number][] = [];
  for (const [x, y] of ring) {
    const point: [number, number] = [Math.round(x! * PRECISION) / PRECISION, Math.round(y! * PRECISION) / PRECISION];
    const previous = out.at(-1);
    if (!previous || previous[0] !== point[0] || previous[1] !== point[1]) out.push(point);
  }
  return out;
}

/** Drops specks of islands and rings that simplification collapsed, keeping each region's largest polygon. */
function cleaned(geometry: Polygon | MultiPolygon, original: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const usable = (source: Polygon | MultiPolygon) =>
    polygonsOf(source)
      .map((polygon) => polygon.map(rounded).filter((ring) => ring.length >= 4))
      .filter((polygon) => polygon.length > 0);
  // A region smaller than the weight threshold (Macao) collapses whole; it keeps its unsimplified outline instead.
  const simple = usable(geometry);
  const polygons = (simple.length > 0 ? simple : usable(original)).map((polygon) => ({
    polygon,
    area: planarRingArea(polygon[0]!),
  }));
  const largest = Math.max(...polygons.map((p) => p.area));
  const kept = polygons.filter((p) => p.area >= MIN_ISLAND || p.area === largest).map((p) => p.polygon);
  return kept.length === 1 ? { type: 'Polygon', coordinates: kept[0]! } : { type: 'MultiPolygon', coordinates: kept };
}

/** Simplifies a set of regions together, so a border two regions share is simplified once and stays shared. */
function simplified(regions: Region[], minWeight: number): Region[] {
  const collection: FeatureCollection<MultiPolygon, Properties> = {
    type: 'FeatureCollection',
    features: regions.map((region) => ({ ...region, geometry: forD3(region.geometry) })),
  };
  const topo = topology({ regions: collection }) as Topology<{ regions: GeometryCollection<Properties> }>;
  const light = simplify(presimplify(topo), minWeight) as typeof topo;
  const back = feature(light, light.objects.regions) as FeatureCollection<Polygon | MultiPolygon, Properties>;
  return back.features.map((region, index) => ({
    type: 'Feature',
    id: region.properties.id,
    properties: region.properties,
    geometry: cleaned(region.geometry, collection.features[index]!.geometry),
  }));
}

/** ECharts' schematic South China Sea Islands inset, taken from the same package's own fix-up module. */
function inset(): Region {
  const fix = require(join(echartsRoot, 'lib/coord/geo/fix/nanhai.js')) as (map: string, regions: unknown[]) => void;
  const regions: { geometries: { exterior: number[][] }[] }[] = [];
  fix('china', regions);
  const rings = regions[0]!.geometries.map((geometry) => geometry.exterior.map(([x, y]) => [x!, y!]));
  const geometry = forD3({ type: 'MultiPolygon', coordinates: rings.map((ring) => [ring]) });
  return {
    type: 'Feature',
    id: INSET.id,
    properties: { id: INSET.id, zh: INSET.zh },
    geometry: { type: 'MultiPolygon', coordinates: geometry.coordinates.map((polygon) => polygon.map(rounded)) },
  };
}

/** Writes one collection as compact JSON, with the attribution every use of it must carry. */
function write(name: string, regions: Region[]): number {
  const collection = { type: 'FeatureCollection', attribution, features: regions };
  const text = `${JSON.stringify(collection)}\n`;
  mkdirSync(join(root, 'data/geo'), { recursive: true });
  writeFileSync(join(root, 'data/geo', name), text);
  return text.length;
}

const provinces = [...simplified(named(readEcharts('china.json'), PROVINCES), PROVINCE_WEIGHT), inset()];
const divisions = simplified(named(readEcharts('province/neimenggu.json'), DIVISIONS), DIVISION_WEIGHT);
const sizes = [write('china-provinces.json', provinces), write('inner-mongolia-divisions.json', divisions)];
console.log(
  `data/geo: ${provinces.length} provinces and inset, ${divisions.length} divisions, ${sizes.map((s) => `${(s / 1024).toFixed(1)} KB`).join(' + ')}`,
);
