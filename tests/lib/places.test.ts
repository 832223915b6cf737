import { describe, expect, it } from 'vitest';
import { PLACES, DIVISIONS, PROVINCES, REGIONS } from '../../src/lib/places';
import { kebabId } from '../../src/lib/ids';

describe('REGIONS', () => {
  it("names Inner Mongolia's divisions with exactly the site's place ids, so figures and maps agree", () => {
    const places = Object.keys(PLACES).filter((id) => !['inner-mongolia', 'china', 'world'].includes(id));
    expect(
      Object.values(DIVISIONS)
        .map((division) => division.id)
        .sort(),
    ).toEqual(places.sort());
    for (const division of Object.values(DIVISIONS))
      expect(division.en).toBe(PLACES[division.id as keyof typeof PLACES].en);
  });

  it('gives every province a unique kebab-case id, with inner-mongolia matching the place id', () => {
    const ids = Object.values(PROVINCES).map((province) => province.id);
    expect(new Set(ids).size).toBe(34);
    for (const id of ids) expect(kebabId.safeParse(id).success).toBe(true);
    expect(PROVINCES['内蒙古']!.id).toBe('inner-mongolia');
    expect(PROVINCES['江苏']).toMatchObject({ id: 'jiangsu', en: 'Jiangsu' });
  });

  it('indexes all 46 regions by id, never letting a division shadow a province', () => {
    expect(REGIONS.size).toBe(46);
    expect(REGIONS.get('xilingol')).toMatchObject({ zh: '锡林郭勒盟', kind: 'division', short: 'Xilingol' });
    expect(REGIONS.get('beijing')).toMatchObject({ zh: '北京', kind: 'province' });
  });
});
