import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { baseMapFile } from '../../../src/charts/map/base-file';
import { BASE_PARTS, basePartShapes } from '../../../src/charts/map/base-parts';
import { defaultGeometry } from '../../../src/charts/map/map';

const { base } = defaultGeometry();

describe('baseMapFile(base)', () => {
  const file = baseMapFile(base);
  const svg = fromHtml(file.svg, { fragment: true, space: 'svg' });

  it('is a group per layer, by the ids a map’s <use> names, with every shape of the layer in order', () => {
    const groups = selectAll('svg > g', svg);
    expect(groups.map((group) => group.properties.id)).toEqual(BASE_PARTS.map((part) => part.id));
    for (const part of BASE_PARTS) {
      const paths = selectAll(`g#${part.id} > path`, svg);
      expect(paths.map((path) => path.properties.d)).toEqual(basePartShapes(base, part.id));
    }
  });

  it('keeps each stroke one width at every zoom, as the page’s CSS cannot reach the file’s shapes to say so', () => {
    const paths = selectAll('path', svg);
    expect(paths.length).toBeGreaterThan(40);
    expect(paths.every((path) => path.properties.vectorEffect === 'non-scaling-stroke')).toBe(true);
  });

  it('keeps its layers apart for a picture that carries them itself: the same groups the file holds', () => {
    expect(file.groups.startsWith('<g id="provinces">')).toBe(true);
    expect(file.svg).toContain(`>${file.groups}</svg>`);
  });

  it('carries no style, class or colour of its own: each <use> styles its layer, in either colour scheme', () => {
    expect(file.svg).not.toMatch(/<style|class=|fill=|stroke=|style=/);
  });

  it('is named after its contents, so a changed map is a new file and an unchanged one stays cached', () => {
    expect(file.name).toMatch(/^base-[0-9a-f]{10}$/);
    expect(file.path).toBe(`/maps/${file.name}.svg`);
    expect(baseMapFile(base).name).toBe(file.name);
    const moved = { ...base, inset: `${base.inset}Z` };
    expect(baseMapFile(moved).name).not.toBe(file.name);
  });
});
