import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

/** A polygon or multipolygon in ECharts' compressed encoding: each ring is a string of deltas from its offset. */
export type EncodedGeometry =
  | { type: 'Polygon'; coordinates: string[]; encodeOffsets: [number, number][] }
  | { type: 'MultiPolygon'; coordinates: string[][]; encodeOffsets: [number, number][][] };

/** A feature as ECharts ships it in its map/json files. */
export interface EncodedFeature {
  type: 'Feature';
  id?: string;
  properties: { name: string } & Record<string, unknown>;
  geometry: EncodedGeometry;
}

/** A map file as ECharts 4 ships it: `UTF8Encoding` says its rings are encoded strings. */
export interface EncodedCollection {
  type: 'FeatureCollection';
  UTF8Encoding?: boolean;
  /** Units per degree; ECharts uses 1024 when the file does not say. */
  UTF8Scale?: number;
  features: EncodedFeature[];
}

/** A decoded feature: plain GeoJSON, keeping the file's name and other properties. */
export type DecodedFeature = Feature<Polygon | MultiPolygon, { name: string } & Record<string, unknown>>;

const DEFAULT_SCALE = 1024;

/** Decodes one ring: each pair of characters is a zigzag-encoded delta (char code − 64) added to the running point. */
export function decodeRing(encoded: string, offset: readonly [number, number], scale = DEFAULT_SCALE): Position[] {
  const ring: Position[] = [];
  let [x, y] = offset;
  for (let i = 0; i + 1 < encoded.length; i += 2) {
    const dx = encoded.charCodeAt(i) - 64;
    const dy = encoded.charCodeAt(i + 1) - 64;
    x += (dx >> 1) ^ -(dx & 1);
    y += (dy >> 1) ^ -(dy & 1);
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

/** Turns an ECharts map file (compressed or already plain) into a plain GeoJSON FeatureCollection. */
export function decodeEcharts(
  collection: EncodedCollection | FeatureCollection<Polygon | MultiPolygon>,
): FeatureCollection<Polygon | MultiPolygon, DecodedFeature['properties']> {
  if (!('UTF8Encoding' in collection) || !collection.UTF8Encoding) {
    return collection as FeatureCollection<Polygon | MultiPolygon, DecodedFeature['properties']>;
  }
  const scale = collection.UTF8Scale ?? DEFAULT_SCALE;
  const features = collection.features.map((feature): DecodedFeature => {
    const { geometry } = feature;
    const decoded: Polygon | MultiPolygon =
      geometry.type === 'Polygon'
        ? {
            type: 'Polygon',
            coordinates: geometry.coordinates.map((ring, r) => decodeRing(ring, geometry.encodeOffsets[r]!, scale)),
          }
        : {
            type: 'MultiPolygon',
            coordinates: geometry.coordinates.map((polygon, p) =>
              polygon.map((ring, r) => decodeRing(ring, geometry.encodeOffsets[p]![r]!, scale)),
            ),
          };
    return {
      type: 'Feature',
      ...(feature.id === undefined ? {} : { id: feature.id }),
      properties: feature.properties,
      geometry: decoded,
    };
  });
  return { type: 'FeatureCollection', features };
}
