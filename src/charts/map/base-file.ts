import { createHash } from 'node:crypto';
import { mapFilePath } from '../../lib/urls';
import { BASE_PARTS, basePartShapes, type BasePartId } from './base-parts';
import type { MapBase } from './layout';

/** The base map as a file of its own, and the site path it is served at. */
export interface BaseMapFile {
  /** Named after the file's contents, so a browser may keep it as long as it likes. */
  name: string;
  /** Site-absolute. */
  path: string;
  svg: string;
  /** The layers alone, for a picture that carries them in its own <defs> (a share card). */
  groups: string;
}

// Strokes keep their width at every zoom; vector-effect is not inherited, so each shape carries it.
const shape = (d: string) => `<path d="${d}" vector-effect="non-scaling-stroke"/>`;

// One group per `BASE_PARTS` entry, by the ids a map's <use> names.
function baseMapGroups(base: MapBase): string {
  const group = (id: BasePartId) => `<g id="${id}">${basePartShapes(base, id).map(shape).join('')}</g>`;
  return BASE_PARTS.map((part) => group(part.id)).join('');
}

/**
 * The base map every map of every page shows, as one SVG file of its layers: cached once, instead of ~17 KB gzip of
 * borders in the HTML of each map story.
 */
export function baseMapFile(base: MapBase): BaseMapFile {
  const groups = baseMapGroups(base);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${base.width} ${base.height}">${groups}</svg>\n`;
  const name = `base-${createHash('sha256').update(svg).digest('hex').slice(0, 10)}`;
  return { name, path: mapFilePath(name), svg, groups };
}
