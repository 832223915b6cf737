import { polygonContains } from 'd3';
import { describe, expect, it } from 'vitest';
import {
  arcControl,
  labelPoint,
  MAP_WIDTH,
  mapGeometry,
  type Point,
  type RegionCollection,
} from '../../../src/charts/map/layout';
import { defaultGeometry } from '../../../src/charts/map/map';
import { INSET } from '../../../src/charts/map/inset';

/** Reads a path as RelativePath writes it (M x y, then l with repeated relative pairs, z) back into absolute rings. */
function pathRings(d: string): Point[][] {
  const rings: Point[][] = [];
  for (const part of d.split('z').filter(Boolean)) {
    const numbers = (part.match(/-?(\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    const ring: Point[] = [[numbers[0]!, numbers[1]!]];
    for (let i = 2; i < numbers.length; i += 2) {
      const [x, y] = ring.at(-1)!;
      ring.push([x + numbers[i]!, y + numbers[i + 1]!]);
    }
    rings.push(ring);
  }
  return rings;
}

/** A one-degree square region, wound clockwise as d3-geo reads polygons. */
const square = (id: string, lon: number, lat: number): RegionCollection['features'][number] => ({
  type: 'Feature',
  properties: { id },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [lon, lat],
        [lon, lat + 1],
        [lon + 1, lat + 1],
        [lon + 1, lat],
        [lon, lat],
      ],
    ],
  },
});
const collection = (...features: RegionCollection['features']): RegionCollection => ({
  type: 'FeatureCollection',
  features,
  attribution: 'A',
});

describe('mapGeometry(provinces, divisions, width)', () => {
  const tiny = mapGeometry(collection(square('a', 110, 40), square('b', 111, 40)), collection(square('d', 110, 40)));

  it('fits the provinces to the width and writes closed relative paths inside the map', () => {
    expect(tiny.base.width).toBe(MAP_WIDTH);
    expect(tiny.base.height).toBeGreaterThan(0);
    for (const shape of tiny.base.provinces) {
      expect(shape.d).toMatch(/^M[-\d. ]+l[-\d. ]+z$/);
      for (const [x, y] of pathRings(shape.d).flat()) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(MAP_WIDTH);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(tiny.base.height);
      }
    }
    expect(tiny.base.attribution).toBe('A');
    expect(tiny.base.inset).toBe('');
  });

  it('zooms the inner-mongolia view so the divisions fill the map with a margin', () => {
    const zoom = tiny.zooms['inner-mongolia'];
    const points = pathRings(tiny.base.divisions[0]!.d)
      .flat()
      .map(([x, y]) => [zoom.x + zoom.k * x, zoom.y + zoom.k * y]);
    const xs = points.map((p) => p[0]!);
    const ys = points.map((p) => p[1]!);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(10);
    expect(Math.max(...xs)).toBeLessThanOrEqual(MAP_WIDTH - 10);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(10);
    expect(Math.max(...ys)).toBeLessThanOrEqual(tiny.base.height - 10);
    expect(tiny.zooms.china).toEqual({ k: 1, x: 0, y: 0 });
  });

  it('handles a single province and no divisions without dividing by zero', () => {
    const lone = mapGeometry(collection(square('a', 110, 40)), collection(), 320);
    expect(lone.base.width).toBe(320);
    expect(lone.base.divisions).toEqual([]);
    expect(Object.values(lone.zooms['inner-mongolia']).every(Number.isFinite)).toBe(true);
    expect(lone.anchors.get('a')!.every(Number.isFinite)).toBe(true);
  });

  describe('on the real boundary data', () => {
    const geometry = defaultGeometry();

    it('keeps the base map, which every step shares, well under 100 KB of JSON', () => {
      expect(JSON.stringify(geometry.base).length).toBeLessThan(60 * 1024);
    });

    it('puts every anchor inside its own region, even for Hebei, Gansu and Inner Mongolia', () => {
      const shapes = [...geometry.base.provinces, ...geometry.base.divisions];
      expect(geometry.anchors.size).toBe(shapes.length);
      for (const shape of shapes) {
        const anchor = geometry.anchors.get(shape.id)!;
        expect(
          pathRings(shape.d).some((ring) => polygonContains(ring, anchor)),
          shape.id,
        ).toBe(true);
      }
    });

    it("draws ECharts' South China Sea Islands inset upright in the bottom-right corner, as no region", () => {
      const points = pathRings(geometry.base.inset).flat();
      expect(Math.max(...points.map((p) => p[0]))).toBeCloseTo(MAP_WIDTH - 4, 0);
      expect(Math.max(...points.map((p) => p[1]))).toBeCloseTo(geometry.base.height - 4, 0);
      expect(geometry.anchors.has(INSET.id)).toBe(false);
    });
  });
});

describe('labelPoint(ring)', () => {
  it('uses the centroid of a plain shape', () => {
    expect(
      labelPoint([
        [0, 0],
        [10, 0],
        [10, 10],
        [0, 10],
      ]),
    ).toEqual([5, 5]);
  });

  it('moves inside a U shape, whose centroid falls in the gap', () => {
    const u: Point[] = [
      [0, 0],
      [30, 0],
      [30, 30],
      [20, 30],
      [20, 10],
      [10, 10],
      [10, 30],
      [0, 30],
    ];
    const point = labelPoint(u);
    expect(polygonContains(u, point)).toBe(true);
  });
});

describe('arcControl(from, to)', () => {
  it.each([
    ['east', [0, 0], [100, 0], [50, -20]],
    ['south', [0, 0], [0, 100], [20, 50]],
  ] as [string, Point, Point, Point][])(
    'bows to the left of travel heading %s, by a fifth of its length',
    (_, from, to, control) => {
      expect(arcControl(from, to)).toEqual(control);
    },
  );
});
