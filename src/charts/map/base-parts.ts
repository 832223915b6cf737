import type { MapBase } from './layout';

/**
 * The base map's layers in drawing order. Each is one group of the base map file, shown with <use> and styled by the
 * class on that <use>, which its shapes inherit: a page's CSS does not reach into a file's shapes.
 */
export const BASE_PARTS = [
  { id: 'provinces', className: 'province' },
  { id: 'home', className: 'province home' },
  { id: 'divisions', className: 'division' },
  { id: 'inset', className: 'inset' },
] as const;

/** One layer of the base map, by its group's id in the file. */
export type BasePartId = (typeof BASE_PARTS)[number]['id'];

/** The path data of the shapes in layer `part` of `base`. */
export function basePartShapes(base: MapBase, part: BasePartId): string[] {
  switch (part) {
    case 'provinces':
      return base.provinces.filter((shape) => shape.id !== 'inner-mongolia').map((shape) => shape.d);
    case 'home':
      return base.provinces.filter((shape) => shape.id === 'inner-mongolia').map((shape) => shape.d);
    case 'divisions':
      return base.divisions.map((shape) => shape.d);
    case 'inset':
      return [base.inset];
  }
}
