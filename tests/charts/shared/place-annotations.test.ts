import { describe, expect, it } from 'vitest';
import { overlaps, segmentCrosses, type Box } from '../../../src/charts/shared/box';
import {
  ANNOTATION_METRICS,
  placeAnnotations,
  roomUnderMarks,
  type AnnotationAnchor,
  type AnnotationLayout,
  type AnnotationSpace,
} from '../../../src/charts/shared/place-annotations';

/** A space of `width`×`height` with the given anchors and obstacles. */
function space(
  width: number,
  height: number,
  anchors: Record<string, AnnotationAnchor>,
  obstacles: Box[] = [],
  extra: Partial<AnnotationSpace> = {},
): AnnotationSpace {
  return { width, height, anchors: new Map(Object.entries(anchors)), obstacles, ...extra };
}

/** Every rule a placed note keeps: inside the chart, clear of every obstacle and every other note, its leader across nothing. */
function expectClear(layout: AnnotationLayout, where: AnnotationSpace): void {
  const boxes = layout.callouts.map((callout) => callout.box);
  for (const [i, box] of boxes.entries()) {
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(where.width);
    expect(box.y + box.height).toBeLessThanOrEqual(where.height);
    for (const other of [...where.obstacles, ...boxes.slice(i + 1)]) expect(overlaps(box, other)).toBe(false);
  }
  for (const callout of layout.callouts) {
    if (!callout.leader) continue;
    const { x1, y1, x2, y2 } = callout.leader;
    const length = Math.hypot(x2 - x1, y2 - y1);
    const [ux, uy] = [(x2 - x1) / length, (y2 - y1) / length];
    for (const other of where.obstacles) expect(segmentCrosses(other, x1 + ux, y1 + uy, x2 - ux, y2 - uy)).toBe(false);
  }
}

describe('placeAnnotations(notes, space)', () => {
  it('sets a note right beside its mark when there is room, with no leader', () => {
    const where = space(320, 100, { a: { x: 100, y: 50 } }, [{ x: 0, y: 40, width: 99, height: 20 }]);
    const layout = placeAnnotations([{ target: 'a', text: 'Look here' }], where);
    expect(layout.markers).toEqual([]);
    expect(layout.callouts).toHaveLength(1);
    expect(layout.callouts[0]!.box.x).toBe(100 + ANNOTATION_METRICS.distances[0]!);
    expect(layout.callouts[0]!.leader).toBeUndefined();
    expect(layout.height).toBe(100);
    expectClear(layout, where);
  });

  it('moves a note away from what blocks its nearest spots and draws a leader to it', () => {
    // A bar ends at the anchor; its value label stands just right of it, where the note would go first.
    const blocks = [
      { x: 0, y: 40, width: 100, height: 20 },
      { x: 106, y: 40, width: 60, height: 20 },
    ];
    const where = space(320, 140, { a: { x: 101, y: 50 } }, blocks);
    const layout = placeAnnotations([{ target: 'a', text: 'Over there' }], where);
    expect(layout.callouts).toHaveLength(1);
    expect(layout.callouts[0]!.box.y + layout.callouts[0]!.box.height).toBeLessThanOrEqual(37);
    expect(layout.callouts[0]!.leader).toBeDefined();
    expectClear(layout, where);
  });

  it('wraps a long note to half the chart at most', () => {
    const where = space(200, 300, { a: { x: 10, y: 150 } });
    const layout = placeAnnotations(
      [{ target: 'a', text: 'A rather long note that has to wrap over several lines' }],
      where,
    );
    expect(layout.callouts[0]!.lines.length).toBeGreaterThan(1);
    expect(layout.callouts[0]!.box.width).toBeLessThanOrEqual(100);
  });

  it('keeps two notes apart', () => {
    const where = space(320, 120, { a: { x: 100, y: 50 }, b: { x: 104, y: 56 } });
    const layout = placeAnnotations(
      [
        { target: 'a', text: 'First' },
        { target: 'b', text: 'Second' },
      ],
      where,
    );
    expect(layout.callouts).toHaveLength(2);
    expectClear(layout, where);
  });

  it('falls back to a numbered marker on the mark and the note listed under the chart, which grows for it', () => {
    const full = [{ x: 0, y: 0, width: 320, height: 100 }];
    const where = space(320, 100, { a: { x: 100, y: 50 }, b: { x: 200, y: 50 } }, full);
    const layout = placeAnnotations(
      [
        { target: 'a', text: 'No room here' },
        { target: 'b', text: 'Nor here' },
      ],
      where,
    );
    expect(layout.callouts).toEqual([]);
    expect(layout.markers.map((marker) => [marker.target, marker.number, marker.x, marker.y])).toEqual([
      ['a', 1, 100, 50],
      ['b', 2, 200, 50],
    ]);
    expect(layout.markers[0]!.listY).toBeGreaterThan(100);
    expect(layout.markers[1]!.listY).toBeGreaterThan(layout.markers[0]!.listY);
    expect(layout.height).toBeGreaterThan(layout.markers[1]!.listY);
  });

  it('keeps the descenders of the list’s last line inside the drawing', () => {
    const where = space(320, 100, { a: { x: 100, y: 50 } }, [{ x: 0, y: 0, width: 320, height: 100 }]);
    const layout = placeAnnotations(
      [{ target: 'a', text: 'A note long enough to wrap onto a second line of text' }],
      where,
    );
    const [marker] = layout.markers;
    const lastBaseline = marker!.listY + (marker!.lines.length - 1) * layout.lineHeight;
    // A sans-serif's descenders reach about a quarter of an em below the baseline.
    expect(layout.height).toBeGreaterThanOrEqual(lastBaseline + 0.25 * layout.fontSize);
  });

  it('keeps a placed note clear of another note’s marker', () => {
    // b has no room (boxed in); a's nearest spot to the right would cover b's marker.
    const walls = [
      { x: 150, y: 0, width: 2, height: 200 },
      { x: 160, y: 60, width: 160, height: 60 },
    ];
    const where = space(320, 200, { a: { x: 120, y: 90 }, b: { x: 158, y: 90 } }, walls);
    const layout = placeAnnotations(
      [
        { target: 'a', text: 'Here' },
        { target: 'b', text: 'Boxed in completely here' },
      ],
      where,
    );
    for (const marker of layout.markers) {
      const disc = { x: marker.x - 9, y: marker.y - 9, width: 18, height: 18 };
      for (const callout of layout.callouts) expect(overlaps(callout.box, disc)).toBe(false);
    }
  });

  it('keeps a note off the drawn lines', () => {
    const where = space(320, 200, { a: { x: 100, y: 100 } }, [], { segments: [[0, 100, 320, 100]] });
    const layout = placeAnnotations([{ target: 'a', text: 'Off the line' }], where);
    const box = layout.callouts[0]!.box;
    expect(segmentCrosses(box, 0, 100, 320, 100)).toBe(false);
  });

  it('keeps a note out of the areas other marks claim, and lets it stand in its own mark’s, by any of its ids', () => {
    // Two rows: a note on row a may not stand in row b's band, however empty it is, but may in its own; row b's band
    // is also its target's (b-target), as a progress row's is.
    const band = { x: 0, y: 60, width: 320, height: 40 };
    const claims = [
      { ids: ['a'], box: { x: 0, y: 0, width: 320, height: 40 } },
      { ids: ['b', 'b-target'], box: band },
    ];
    const anchors = { a: { x: 100, y: 56 }, b: { x: 100, y: 80 }, 'b-target': { x: 100, y: 80 } };
    const where = space(320, 100, anchors, [], { claims });
    const [a] = placeAnnotations([{ target: 'a', text: 'Look here' }], where).callouts;
    expect(overlaps(a!.box, band)).toBe(false);
    for (const target of ['b', 'b-target']) {
      const [b] = placeAnnotations([{ target, text: 'Look here' }], where).callouts;
      expect(overlaps(b!.box, band), target).toBe(true);
    }
  });

  it('keeps a note off a shaded area, though its leader may cross it', () => {
    // A mark inside a shaded area that fills the chart but for a strip along the top.
    const area = { x: 0, y: 40, width: 320, height: 160 };
    const where = space(320, 200, { a: { x: 160, y: 120 } }, [], { shaded: [area] });
    const [note] = placeAnnotations([{ target: 'a', text: 'Up here' }], where).callouts;
    expect(note!.box.y + note!.box.height).toBeLessThanOrEqual(40 - ANNOTATION_METRICS.pad);
    expect(note!.leader).toBeDefined();
  });

  it('ties a note at another of its mark’s points where that one stands nearer a clear spot', () => {
    // A name from x = 100 to 200, tied at its right end; the only room is on its left.
    const name = { x: 100, y: 40, width: 100, height: 20 };
    const right = { x: 201, y: 50, also: [{ x: 99, y: 50 }] };
    const blocked = { x: 201, y: 0, width: 119, height: 100 };
    const where = space(320, 100, { a: right }, [name, blocked]);
    const [note] = placeAnnotations([{ target: 'a', text: 'Look here' }], where).callouts;
    expect(note!.box.x + note!.box.width).toBeLessThanOrEqual(99);
    expectClear(placeAnnotations([{ target: 'a', text: 'Look here' }], where), where);
  });

  it('never slides a note nearer its mark than the nearest distance, where it would crowd it', () => {
    // A waffle beside a note at its widest, a few px too wide for the room right of it: slid back inside, the note
    // would stand 3 px from the squares (seen at 768 px).
    const waffle = { x: 0, y: 10, width: 180, height: 180 };
    const where = space(352, 200, { a: { x: 181, y: 100 } }, [waffle]);
    const box = placeAnnotations([{ target: 'a', text: 'Each base’s own share is not given' }], where).callouts[0]!.box;
    expect(box.x - 181).toBeGreaterThanOrEqual(ANNOTATION_METRICS.distances[0]! * 0.95);
  });

  describe('with a name to head the note (caption)', () => {
    const name = { x: 100, y: 40, width: 50, height: 16 };
    const shape = { x: 60, y: 30, width: 35, height: 40 };
    const anchor = { x: 154, y: 48, caption: { name, shape } };

    it.each<[string, Box[], (box: Box) => boolean]>([
      ['under the name, aligned with it', [], (box) => box.x === name.x && box.y > name.y + name.height],
      [
        'over the name when something is under it',
        [{ x: 90, y: 58, width: 200, height: 40 }],
        (box) => box.x === name.x && box.y + box.height < name.y,
      ],
    ])('sets the note %s, with no leader', (_, obstacles, where) => {
      const room = space(320, 140, { a: anchor }, [name, ...obstacles]);
      const [callout] = placeAnnotations([{ target: 'a', text: 'Said of this place' }], room).callouts;
      expect(where(callout!.box)).toBe(true);
      expect(callout!.leader).toBeUndefined();
      expectClear(placeAnnotations([{ target: 'a', text: 'Said of this place' }], room), room);
    });

    it('aligns the note with the name’s far end when the near one would cover the shape', () => {
      const leftOfShape = { x: 100, y: 40, width: 50, height: 16 };
      const right = { x: 152, y: 20, width: 30, height: 60 };
      const room = space(320, 140, { a: { x: 154, y: 48, caption: { name: leftOfShape, shape: right } } }, [
        leftOfShape,
      ]);
      const [callout] = placeAnnotations([{ target: 'a', text: 'Said of this place' }], room).callouts;
      expect(callout!.box.x + callout!.box.width).toBeCloseTo(leftOfShape.x + leftOfShape.width, 6);
      expect(overlaps(callout!.box, right)).toBe(false);
    });

    it('falls back to a spot beside the anchor, with a leader, when no caption spot is clear', () => {
      // Walls above and under the name, ending short of the anchor's right.
      const walls = [
        { x: 0, y: 0, width: 170, height: 38 },
        { x: 0, y: 58, width: 170, height: 20 },
      ];
      const room = space(320, 140, { a: anchor }, [name, ...walls]);
      const layout = placeAnnotations([{ target: 'a', text: 'Said of this place' }], room);
      expect(layout.callouts[0]!.box.x).toBeGreaterThan(name.x + name.width);
      expectClear(layout, room);
    });
  });

  it('keeps a marker’s disc off the drawn lines where there is room near its mark', () => {
    const full = [{ x: 0, y: 0, width: 320, height: 30 }];
    const where = space(320, 100, { a: { x: 100, y: 60 } }, full, {
      segments: [
        [60, 60, 140, 60],
        [100, 30, 100, 100],
      ],
      // Nothing fits beside the mark, so the note becomes a marker.
      maxReach: 0,
    });
    const [marker] = placeAnnotations([{ target: 'a', text: 'A marker' }], where).markers;
    const r = ANNOTATION_METRICS.markerRadius;
    const disc = { x: marker!.x - r, y: marker!.y - r, width: 2 * r, height: 2 * r };
    expect(segmentCrosses(disc, 60, 60, 140, 60)).toBe(false);
    expect(segmentCrosses(disc, 100, 30, 100, 100)).toBe(false);
  });

  it('sizes everything in chart units where a chart is drawn in its own (a map)', () => {
    const where = space(600, 400, { a: { x: 300, y: 200 } }, [], { unit: 2 });
    const layout = placeAnnotations([{ target: 'a', text: 'Scaled' }], where);
    expect(layout.fontSize).toBe(ANNOTATION_METRICS.fontSize * 2);
    expect(layout.callouts[0]!.box.height).toBe(ANNOTATION_METRICS.lineHeight * 2);
  });

  it('lists a note whose mark is not drawn, with no marker on the chart', () => {
    const layout = placeAnnotations([{ target: 'gone', text: 'Nowhere' }], space(320, 100, {}));
    expect(layout.markers).toMatchObject([{ target: 'gone', x: -1, y: -1 }]);
  });

  it('returns the chart as it was when there are no notes', () => {
    expect(placeAnnotations([], space(320, 100, {}))).toMatchObject({ callouts: [], markers: [], height: 100 });
  });

  it.each([1, 2.5])('sizes type, markers and the halo in chart units of %d per px', (unit) => {
    const m = ANNOTATION_METRICS;
    expect(placeAnnotations([], space(320, 100, {}, [], { unit }))).toMatchObject({
      fontSize: m.fontSize * unit,
      lineHeight: m.lineHeight * unit,
      markerRadius: m.markerRadius * unit,
      halo: m.halo * unit,
    });
  });
});

describe('roomUnderMarks(marks, room)', () => {
  it.each([
    ['a mark with no note', [['a', undefined]], [], [['a', 0]]],
    ['a note on the mark', [['a', undefined]], [['a', 20]], [['a', 20]]],
    ['a note on its second figure', [['a', 'w']], [['w', 30]], [['a', 30]]],
    [
      'notes on both: the larger',
      [['a', 'w']],
      [
        ['a', 20],
        ['w', 30],
      ],
      [['a', 30]],
    ],
    [
      'each mark its own',
      [
        ['a', 'w'],
        ['b', undefined],
      ],
      [['b', 10]],
      [
        ['a', 0],
        ['b', 10],
      ],
    ],
  ] as const)('opens room under a mark for %s', (_case, marks, room, expected) => {
    expect([...roomUnderMarks(marks, new Map(room))]).toEqual(expected);
  });
});
