import { describe, expect, it } from 'vitest';
import { BASE_PARTS, basePartShapes } from '../../../src/charts/map/base-parts';
import { defaultGeometry } from '../../../src/charts/map/map';

const { base } = defaultGeometry();

describe('basePartShapes(base, part)', () => {
  it.each([
    ['provinces', base.provinces.length - 1],
    ['home', 1],
    ['divisions', base.divisions.length],
    ['inset', 1],
  ] as const)('%s: %i shapes', (part, count) => {
    expect(basePartShapes(base, part)).toHaveLength(count);
  });

  it('sets Inner Mongolia apart from the other provinces, and the inset apart from every region', () => {
    const home = base.provinces.find((shape) => shape.id === 'inner-mongolia')!.d;
    expect(basePartShapes(base, 'home')).toEqual([home]);
    expect(basePartShapes(base, 'provinces')).not.toContain(home);
    expect(basePartShapes(base, 'inset')).toEqual([base.inset]);
  });

  it('draws every shape of the base map exactly once across BASE_PARTS', () => {
    const drawn = BASE_PARTS.flatMap((part) => basePartShapes(base, part.id));
    const all = [...base.provinces, ...base.divisions].map((shape) => shape.d).concat(base.inset);
    expect(drawn.toSorted()).toEqual(all.toSorted());
  });
});
