import { EN } from '../../support/chart-locale';
import { describe, expect, it } from 'vitest';
import type { ChartDatum } from '../../../src/charts/datum';
import { inView } from '../../../src/charts/map/layout';
import { defaultGeometry, mapChart, type MapStep } from '../../../src/charts/map/map';
import {
  anchorPixels,
  mapAnnotationSpace,
  mapOverlay,
  OVERLAY_METRICS,
  toPixels,
  type MapOverlay,
} from '../../../src/charts/map/overlay';

const geometry = defaultGeometry();
const size = geometry.base;
const step = (attributes: Record<string, string>): MapStep =>
  mapChart.resolve(mapChart.state.parse(attributes), new Map<string, ChartDatum>(), EN);
const corridors = step({
  highlight: 'xilingol, hulunbuir',
  lines: 'xilingol>jiangsu, hulunbuir>liaoning',
  labels: 'Xilingol–Taizhou UHV DC|Yimin converter station',
});

/** Whether any two placed labels overlap, or one leaves the map. */
function collisions(overlay: MapOverlay): string[] {
  const problems: string[] = [];
  overlay.labels.forEach((a, i) => {
    const [top, bottom] = [a.y - a.height / 2, a.y + a.height / 2];
    if (a.x < 0 || top < 0 || a.x + a.width > size.width || bottom > size.height)
      problems.push(`${a.key} leaves the map`);
    for (const b of overlay.labels.slice(i + 1)) {
      if (a.x < b.x + b.width && b.x < a.x + a.width && top < b.y + b.height / 2 && b.y - b.height / 2 < bottom)
        problems.push(`${a.key} hits ${b.key}`);
    }
  });
  return problems;
}

describe('mapOverlay(step, size, width)', () => {
  it('draws nothing over the map for a step with only a highlight but its label', () => {
    const overlay = mapOverlay(step({ highlight: 'hohhot' }), size, 400);
    expect(overlay.arcs).toEqual([]);
    expect(overlay.dots).toEqual([]);
    expect(overlay.labels.map((label) => label.text)).toEqual(['Hohhot']);
  });

  it.each([320, 400, 700, 2000])('keeps labels apart and on the map at %i px', (width) => {
    for (const state of [
      corridors,
      step({
        view: 'inner-mongolia',
        highlight: 'xilingol, hulunbuir, hohhot',
        points: 'baotou, ordos, wuhai, bayannur, ulanqab',
      }),
      step({ highlight: 'beijing, tianjin, hebei, shandong, shanghai, jiangsu, hong-kong, macao' }),
    ]) {
      expect(collisions(mapOverlay(state, size, width))).toEqual([]);
    }
  });

  it('names crowded regions that find no room on a 320 px map in the key instead', () => {
    const crowded = step({
      highlight:
        'beijing, tianjin, hebei, shandong, shanghai, jiangsu, zhejiang, anhui, fujian, taiwan, guangdong, hong-kong, macao',
    });
    const narrow = mapOverlay(crowded, size, 320);
    expect(narrow.labels.length + narrow.unplacedRegions.length).toBe(13);
    expect(narrow.unplacedRegions.length).toBeGreaterThan(0);
    expect(mapOverlay(crowded, size, 700).unplacedRegions.length).toBeLessThan(narrow.unplacedRegions.length);
  });

  it.each([
    ['hohhot', 'inner-mongolia'],
    ['hohhot', 'china'],
    ['wuhai', 'inner-mongolia'],
    ['tianjin', 'china'],
    ['macao', 'china'],
  ])('sets the name of %s, too small for it in the %s view on a phone, beside its shape, not over it', (id, view) => {
    const state = step({ view, highlight: id });
    for (const width of [320, 390]) {
      const overlay = mapOverlay(state, size, width);
      const [label] = overlay.labels;
      const [[x0, y0], [x1, y1]] = state.highlight[0]!.extent.map((corner) => inView(corner, state.zoom));
      const [top, bottom] = [label!.y - label!.height / 2, label!.y + label!.height / 2];
      const over = label!.x < x1! && x0! < label!.x + label!.width && top < y1! && y0! < bottom;
      expect(over).toBe(false);
      // Beside means touching distance: no further from the shape's box than a line of text.
      const apart = Math.max(x0! - (label!.x + label!.width), label!.x - x1!, y0! - bottom, top - y1!);
      expect(apart).toBeLessThanOrEqual(label!.height);
    }
  });

  it.each([320, 360, 390, 700])('never sets a name over the middle of another lit region, at %i px', (width) => {
    for (const state of [
      step({ view: 'inner-mongolia', highlight: 'hohhot, baotou, ordos, bayannur, chifeng, wuhai, hinggan' }),
      step({ highlight: 'inner-mongolia, beijing, tianjin, hebei' }),
    ]) {
      for (const label of mapOverlay(state, size, width).labels) {
        const [top, bottom] = [label.y - label.height / 2, label.y + label.height / 2];
        const own = label.key.replace('region-', '');
        const wrong = state.highlight
          .filter((place) => place.id !== own)
          .filter((place) => {
            const [x, y] = inView(place.anchor, state.zoom);
            return x > label.x && x < label.x + label.width && y > top && y < bottom;
          })
          .map((place) => place.id);
        expect(wrong, `${own} at ${width} px`).toEqual([]);
      }
    }
  });

  it('names all four lit places of the planned channel on a phone, none left to the key', () => {
    const overlay = mapOverlay(step({ highlight: 'inner-mongolia, beijing, tianjin, hebei' }), size, 358);
    expect(overlay.unplacedRegions).toEqual([]);
  });

  it('names a region big enough for its name across its middle', () => {
    const state = step({ view: 'inner-mongolia', highlight: 'xilingol' });
    const [label] = mapOverlay(state, size, 400).labels;
    const anchor = inView(state.highlight[0]!.anchor, state.zoom);
    expect(label!.x + label!.width / 2).toBeCloseTo(anchor[0], 6);
    expect(label!.y).toBeCloseTo(anchor[1], 6);
  });

  it('sets the label of a mostly north–south line level with it, beside the curve', () => {
    const state = step({ lines: 'xilingol>jiangsu', labels: 'Xilingol–Taizhou, ±800 kV DC' });
    for (const width of [390, 700]) {
      const overlay = mapOverlay(state, size, width);
      const label = overlay.labels.find((candidate) => candidate.key.startsWith('line-'))!;
      const arc = overlay.arcs[0]!;
      // The curve's nearest point at the label's height is a gap and half a line from the label's near edge.
      const nearest = Math.min(
        ...[0.35, 0.5, 0.65].map((t) => {
          const x = (1 - t) ** 2 * arc.start[0] + 2 * t * (1 - t) * arc.control[0] + t * t * arc.end[0];
          return Math.min(Math.abs(x - label.x), Math.abs(x - (label.x + label.width)));
        }),
      );
      expect(nearest / overlay.unit).toBeLessThanOrEqual(OVERLAY_METRICS.gap + OVERLAY_METRICS.lineHeight / 2 + 0.01);
    }
  });

  it('sizes text and marks in screen px: the same label is twice as large in map units at half the width', () => {
    const narrow = mapOverlay(corridors, size, 320);
    const wide = mapOverlay(corridors, size, 640);
    expect(narrow.fontSize).toBeCloseTo(2 * wide.fontSize, 6);
    expect(narrow.fontSize * (320 / size.width)).toBeCloseTo(OVERLAY_METRICS.fontSize, 6);
  });

  it('labels both ends of every line and lists the line labels that do not fit at 320 px in the key', () => {
    const overlay = mapOverlay(corridors, size, 320);
    const texts = overlay.labels.map((label) => label.text);
    for (const name of ['Xilingol', 'Hulunbuir', 'Jiangsu', 'Liaoning']) expect(texts).toContain(name);
    const lineLabels = ['Xilingol–Taizhou UHV DC', 'Yimin converter station'];
    const placed = lineLabels.filter((text) => texts.includes(text));
    expect(overlay.unplacedLines).toHaveLength(lineLabels.length - placed.length);
    expect(overlay.unplacedLines.every((text) => / → .+: /.test(text))).toBe(true);
  });

  it('places both line labels when there is room, at 640 px', () => {
    expect(mapOverlay(corridors, size, 640).unplacedLines).toEqual([]);
  });

  it('ends each arc in an arrowhead whose tip is the destination anchor, with a dot at the start', () => {
    const overlay = mapOverlay(corridors, size, 400);
    const jiangsu = corridors.lines[0]!.to.anchor;
    const tip = overlay.arcs[0]!.arrow.split(' ')[0]!.split(',').map(Number);
    expect(tip[0]).toBeCloseTo(jiangsu[0], 1);
    expect(tip[1]).toBeCloseTo(jiangsu[1], 1);
    expect(overlay.dots.map((dot) => dot.id)).toEqual(['xilingol', 'hulunbuir']);
    expect(overlay.arcs[0]!.d).toMatch(/^M[\d.]+,[\d.]+Q[\d.]+,[\d.]+ [\d.]+,[\d.]+$/);
  });

  it('keeps the arrowhead of a line between neighbours to a third of the line', () => {
    const overlay = mapOverlay(step({ lines: 'hohhot>baotou' }), size, 320);
    const [tip, left] = overlay.arcs[0]!.arrow.split(' ').map((pair) => pair.split(',').map(Number));
    const line = Math.hypot(
      ...(overlay.arcs[0]!.end.map((v, i) => v - overlay.arcs[0]!.start[i]!) as [number, number]),
    );
    expect(Math.hypot(tip![0]! - left![0]!, tip![1]! - left![1]!)).toBeLessThan(line / 2);
  });

  it('moves marks with the zoom of the inner-mongolia view', () => {
    const china = mapOverlay(step({ lines: 'xilingol>hohhot' }), size, 400);
    const zoomed = mapOverlay(step({ view: 'inner-mongolia', lines: 'xilingol>hohhot' }), size, 400);
    const { k, x } = geometry.zooms['inner-mongolia'];
    expect(zoomed.dots[0]!.x).toBeCloseTo(x + k * china.dots[0]!.x, 6);
  });

  it.each([320, 400, 700])(
    'never sets a line’s label right above or below a name, where it reads as its second line, at %i px',
    (width) => {
      const overlay = mapOverlay(
        step({ lines: 'inner-mongolia>beijing', labels: 'Power sent to Beijing, 2023', points: 'hebei' }),
        size,
        width,
      );
      const line = overlay.labels.find((label) => label.key.startsWith('line-'));
      const names = overlay.labels.filter((label) => label.key.startsWith('region-'));
      if (!line) expect(overlay.unplacedLines).toEqual(['Inner Mongolia → Beijing: Power sent to Beijing, 2023']);
      for (const name of line ? names : []) {
        const side = line!.x >= name.x + name.width || name.x >= line!.x + line!.width;
        expect(side || Math.abs(line!.y - name.y) >= 1.5 * name.height, name.key).toBe(true);
      }
    },
  );

  it('survives a zero width', () => {
    const overlay = mapOverlay(corridors, size, 0);
    expect(Number.isFinite(overlay.unit)).toBe(true);
  });
});

describe('mapAnnotationSpace(step, overlay, size)', () => {
  /** The anchor a note on `id` ties to, in a step lighting `highlight` on the Inner Mongolia view at `width` px. */
  const anchorAt = (highlight: string, id: string, width: number) => {
    const state = step({ view: 'inner-mongolia', highlight });
    return mapAnnotationSpace(state, mapOverlay(state, size, width), size).anchors.get(id)!;
  };

  it('offers a name set beside its small shape as the head of the note, with the shape to keep clear', () => {
    // Hohhot is a narrow strip: its name goes beside it at phone widths.
    const anchor = anchorAt('hohhot', 'hohhot', 360);
    const { name, shape } = anchor.caption!;
    expect(name.x >= shape.x + shape.width || name.x + name.width <= shape.x || name.y >= shape.y + shape.height).toBe(
      true,
    );
  });

  it('offers no caption for a name laid across its own shape, whose note would cover it', () => {
    expect(anchorAt('xilingol', 'xilingol', 1000).caption).toBeUndefined();
  });

  it('offers the name’s left end too, so a note on its left need not lead across it', () => {
    const state = step({ view: 'inner-mongolia', highlight: 'hulunbuir' });
    const overlay = mapOverlay(state, size, 390);
    const label = overlay.labels.find((candidate) => candidate.key === 'region-hulunbuir')!;
    const anchor = mapAnnotationSpace(state, overlay, size).anchors.get('hulunbuir')!;
    expect(anchor.x).toBeGreaterThan(label.x + label.width);
    // As far before the name as the tie stands past it.
    const past = anchor.x - (label.x + label.width);
    expect(anchor.also).toHaveLength(1);
    expect(anchor.also![0]!.x).toBeCloseTo(label.x - past, 6);
    expect(anchor.also![0]!.y).toBe(label.y);
  });

  it('keeps notes off each lit region’s box as drawn, and off no other region', () => {
    const state = step({ view: 'inner-mongolia', highlight: 'hulunbuir, hohhot' });
    const shaded = mapAnnotationSpace(state, mapOverlay(state, size, 390), size).shaded!;
    const inside = (box: { x: number; y: number; width: number; height: number }, place: string) => {
      const [x, y] = inView(geometry.anchors.get(place)!, state.zoom);
      return x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;
    };
    expect(shaded).toHaveLength(2);
    expect(inside(shaded[0]!, 'hulunbuir')).toBe(true);
    expect(inside(shaded[1]!, 'hohhot')).toBe(true);
    expect(shaded.some((box) => inside(box, 'alxa'))).toBe(false);
  });
});

describe('toPixels(point, size, width) and anchorPixels(place, zoom, size, width)', () => {
  it('scales map units to the px the frame lays out in', () => {
    expect(toPixels([300, 100], { width: 600 }, 300)).toEqual([150, 50]);
    const place = corridors.highlight[0]!;
    expect(anchorPixels(place, { k: 2, x: -10, y: 0 }, { width: 600 }, 600)).toEqual([
      2 * place.anchor[0] - 10,
      2 * place.anchor[1],
    ]);
  });
});
