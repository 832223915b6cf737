import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeEcharts, decodeRing, type EncodedCollection } from '../../../src/charts/map/decode';
import { INSET } from '../../../src/charts/map/inset';
import { DIVISIONS, PROVINCES } from '../../../src/lib/places';

/** Encodes deltas the way ECharts does: zigzag, then +64, one character per number. */
const encode = (deltas: [number, number][]) =>
  deltas.map(([x, y]) => String.fromCharCode(((x << 1) ^ (x >> 31)) + 64, ((y << 1) ^ (y >> 31)) + 64)).join('');

const echarts = dirname(createRequire(import.meta.url).resolve('echarts/package.json'));
const readSource = (path: string) =>
  decodeEcharts(JSON.parse(readFileSync(join(echarts, 'map/json', path), 'utf8')) as EncodedCollection);

describe('decodeRing(encoded, offset, scale)', () => {
  it.each([
    ['the offset alone', [[0, 0]], [[1, 2]]],
    [
      'positive and negative deltas, accumulated',
      [
        [0, 0],
        [1, -1],
        [-3, 2],
      ],
      [
        [1, 2],
        [2, 1],
        [-1, 3],
      ],
    ],
    [
      'deltas that need characters past the printable range',
      [
        [0, 0],
        [100, -200],
      ],
      [
        [1, 2],
        [101, -198],
      ],
    ],
  ] as [string, [number, number][], number[][]][])('decodes %s', (_, deltas, expected) => {
    expect(decodeRing(encode(deltas), [1, 2], 1)).toEqual(expected);
  });

  it('divides by the scale', () => {
    expect(
      decodeRing(
        encode([
          [0, 0],
          [512, 256],
        ]),
        [1024, 1024],
        1024,
      ),
    ).toEqual([
      [1, 1],
      [1.5, 1.25],
    ]);
  });

  it('returns no points for an empty string', () => {
    expect(decodeRing('', [0, 0])).toEqual([]);
  });
});

describe('decodeEcharts(collection)', () => {
  const tiny: EncodedCollection = {
    type: 'FeatureCollection',
    UTF8Encoding: true,
    features: [
      {
        type: 'Feature',
        id: '1',
        properties: { name: '甲' },
        geometry: {
          type: 'Polygon',
          coordinates: [
            encode([
              [0, 0],
              [1024, 0],
              [0, 1024],
              [-1024, -1024],
            ]),
          ],
          encodeOffsets: [[102400, 40960]],
        },
      },
      {
        type: 'Feature',
        properties: { name: '乙' },
        geometry: {
          type: 'MultiPolygon',
          coordinates: [
            [
              encode([
                [0, 0],
                [2, 0],
              ]),
            ],
            [
              encode([
                [0, 0],
                [0, 2],
              ]),
            ],
          ],
          encodeOffsets: [[[0, 0]], [[1024, 1024]]],
        },
      },
    ],
  };

  it('turns a hand-made Polygon and MultiPolygon into plain GeoJSON, keeping ids and properties', () => {
    const decoded = decodeEcharts(tiny);
    expect(decoded).toEqual({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: '1',
          properties: { name: '甲' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [100, 40],
                [101, 40],
                [101, 41],
                [100, 40],
              ],
            ],
          },
        },
        {
          type: 'Feature',
          properties: { name: '乙' },
          geometry: {
            type: 'MultiPolygon',
            coordinates: [
              [
                [
                  [0, 0],
                  [2 / 1024, 0],
                ],
              ],
              [
                [
                  [1, 1],
                  [1, 1 + 2 / 1024],
                ],
              ],
            ],
          },
        },
      ],
    });
  });

  it('honours UTF8Scale', () => {
    const decoded = decodeEcharts({ ...tiny, UTF8Scale: 2048 });
    expect(decoded.features[0]!.geometry.coordinates[0]![0]).toEqual([50, 20]);
  });

  it('returns a collection that is not encoded as it is', () => {
    const plain = { type: 'FeatureCollection' as const, features: [] };
    expect(decodeEcharts(plain)).toBe(plain);
  });

  it("decodes ECharts 4.9.0's china.json: 34 provincial units inside China's extent, named as places.ts knows them", () => {
    const china = readSource('china.json');
    const names = china.features.map((feature) => feature.properties.name);
    expect(names).toHaveLength(34);
    expect(new Set(names)).toEqual(new Set(Object.keys(PROVINCES)));
    // The file has no South China Sea Islands feature: ECharts adds that inset at run time, and so does build-map.
    expect(names).not.toContain(INSET.zh);
    const positions = china.features.flatMap(({ geometry }) =>
      (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).flat(2),
    );
    const lons = positions.map((p) => p[0]!);
    const lats = positions.map((p) => p[1]!);
    expect(Math.min(...lons)).toBeGreaterThan(73);
    expect(Math.max(...lons)).toBeLessThan(136);
    expect(Math.min(...lats)).toBeGreaterThan(3);
    expect(Math.max(...lats)).toBeLessThan(54);
  });

  it("decodes neimenggu.json: Inner Mongolia's 12 league-level divisions", () => {
    const divisions = readSource('province/neimenggu.json');
    expect(new Set(divisions.features.map((feature) => feature.properties.name))).toEqual(
      new Set(Object.keys(DIVISIONS)),
    );
    expect(divisions.features).toHaveLength(12);
  });
});

describe('data/geo, as npm run map:data writes it', () => {
  const read = (name: string) => readFileSync(join('data/geo', name), 'utf8');
  const files = ['china-provinces.json', 'inner-mongolia-divisions.json'];

  it('stays small and carries the boundary attribution in every file', () => {
    const sizes = files.map((name) => read(name).length);
    expect(sizes.reduce((a, b) => a + b)).toBeLessThan(150 * 1024);
    for (const name of files) expect(JSON.parse(read(name)).attribution).toBe('Apache ECharts 4.9.0 (Apache-2.0)');
  });

  it("holds every province, ECharts' South China Sea Islands inset, and the 12 divisions, by the site's ids", () => {
    const ids = (name: string) => JSON.parse(read(name)).features.map((feature: { id: string }) => feature.id);
    expect(ids('china-provinces.json').sort()).toEqual([...Object.values(PROVINCES).map((p) => p.id), INSET.id].sort());
    expect(ids('inner-mongolia-divisions.json').sort()).toEqual(
      Object.values(DIVISIONS)
        .map((d) => d.id)
        .sort(),
    );
  });
});
