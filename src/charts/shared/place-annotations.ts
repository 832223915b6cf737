import type { Annotation } from '../attributes';
import { overlaps, segmentCrosses, type Box } from './box';
import { CJK, textWidth, wrapText } from './text';

/** Sizes of a note on a chart, in px at the chart's layout scale. */
export const ANNOTATION_METRICS = {
  fontSize: 13,
  lineHeight: 16,
  /** The outline of the chart's background drawn under a note's letters, so it reads over a filled region too. */
  halo: 3,
  /** The widest a note's text runs before it wraps, unless half the chart is narrower. */
  maxWidth: 190,
  /** Clear space kept around a note, between it and any mark or label. */
  pad: 3,
  /** Clear space kept between a note and the chart's sides: a reader's font may run wider than measured. */
  edge: 5,
  /** How far from its mark a note may stand, nearest first; beyond the last, it becomes a numbered marker. */
  distances: [8, 18, 32, 52, 80, 120],
  markerRadius: 9,
  /** Space between a mark's printed value and a note's tie point there, so the leader starts clear of the text. */
  tieGap: 4,
  /** Space above the list of notes that did not fit on the chart, and between its entries. */
  listGap: 10,
};

/** Where a note on a mark ties: a point on the mark's edge. */
export interface AnnotationAnchor {
  x: number;
  y: number;
  /**
   * A name printed beside the mark: the note first tries to stand under or over it, aligned with it and clear of the
   * mark's own `shape`, as its caption (the name heads the note, so no leader is needed); only then around (x, y).
   */
  caption?: { name: Box; shape: Box } | undefined;
  /** Other points the note may tie to instead, where one stands nearer a clear spot (the other end of a mark's name). */
  also?: readonly { x: number; y: number }[] | undefined;
}

/** An area that reads as one mark's own, and the ids of the figures a note on that mark may target. */
export interface Claim {
  ids: readonly string[];
  box: Box;
}

/** What a chart tells the annotation layer: its size, where each mark's notes tie, and everything a note must not cover. */
export interface AnnotationSpace {
  width: number;
  height: number;
  /** By figure id, or for a map by place id. */
  anchors: ReadonlyMap<string, AnnotationAnchor>;
  obstacles: readonly Box[];
  /** Straight pieces of drawn lines (x1, y1, x2, y2) that a note must not lie across. */
  segments?: readonly (readonly [number, number, number, number])[];
  /**
   * Areas that read as one mark's own (a bar's row, label and bar), with every id a note on that mark may name (a
   * progress row's figure and its target): a note on any other mark must keep out of them, or a reader takes it for
   * that mark's note.
   */
  claims?: readonly Claim[];
  /**
   * Filled areas a note must not cover, though its leader may cross them: a map's lit regions, by their bounding boxes
   * (a note over one hides the very shading it speaks of).
   */
  shaded?: readonly Box[];
  /** Chart units per px: a map is drawn in its own units, every other chart in px (1). */
  unit?: number;
  /** The farthest from its mark a note may stand, in px; by default as far as ANNOTATION_METRICS.distances reach. */
  maxReach?: number;
}

/** A note set beside its mark: its wrapped lines in their box, and a leader from the mark unless it touches it. */
export interface Callout {
  target: string;
  lines: string[];
  box: Box;
  leader?: { x1: number; y1: number; x2: number; y2: number } | undefined;
}

/** A note that found no room beside its mark: a numbered marker on the mark, and the note in a list under the chart. */
export interface NoteMarker {
  target: string;
  number: number;
  x: number;
  y: number;
  /** The marker's number and the note's lines, first baseline at `listY`, in the list under the chart. */
  lines: string[];
  listY: number;
}

/** A step's notes as drawn: callouts on the chart, markers with their list, and the height the chart needs with the list. */
export interface AnnotationLayout {
  callouts: Callout[];
  markers: NoteMarker[];
  height: number;
  /** Font size and line height in chart units. */
  fontSize: number;
  lineHeight: number;
  markerRadius: number;
  /** The width of the outline under a note's letters, in chart units like the font. */
  halo: number;
}

/** The nearest point of a box to (x, y). */
function nearest(box: Box, x: number, y: number): { x: number; y: number } {
  return {
    x: Math.min(Math.max(x, box.x), box.x + box.width),
    y: Math.min(Math.max(y, box.y), box.y + box.height),
  };
}

/**
 * Boxes of size w×h around (x, y), each at one of the `distances` from it: beside it, centred above or below it, above
 * or below reaching right or left from it (so a note can sit over a short bar's free side), off each corner, and each
 * of those slid back inside `bounds` (`inset` from its sides) where it stood over an edge; nearest first, then in that order; none past `maxReach` nor nearer than the first distance.
 */
function around(
  x: number,
  y: number,
  w: number,
  h: number,
  distances: readonly number[],
  bounds: { width: number; height: number; inset: number },
  maxReach: number,
): Box[] {
  const spots: [number, number][] = [];
  for (const d of distances) {
    spots.push(
      [x + d, y - h / 2],
      [x - w / 2, y - d - h],
      [x - w / 2, y + d],
      [x - d - w, y - h / 2],
      [x - 6, y - d - h],
      [x - w + 6, y - d - h],
      [x - 6, y + d],
      [x - w + 6, y + d],
    );
    for (const e of distances)
      spots.push([x + d, y - e - h], [x + d, y + e], [x - d - w, y - e - h], [x - d - w, y + e]);
  }
  const slid = spots.map(([left, top]): [number, number] => [
    Math.max(bounds.inset, Math.min(left, bounds.width - bounds.inset - w)),
    Math.max(0, Math.min(top, bounds.height - h)),
  ]);
  const reach = (box: Box) => {
    const end = nearest(box, x, y);
    return Math.hypot(end.x - x, end.y - y);
  };
  return (
    [...spots, ...slid]
      .map(([left, top], order) => {
        const box = { x: left, y: top, width: w, height: h };
        return { box, order, reach: reach(box) };
      })
      // A box slid back inside the chart may land nearer its mark than the nearest distance allows, crowding it.
      .filter((spot) => spot.reach <= maxReach && spot.reach >= distances[0]! * 0.95)
      .sort((p, q) => p.reach - q.reach || p.order - q.order)
      .map(({ box }) => box)
  );
}

/**
 * Places each note beside the mark it names, at the nearest spot where it covers no mark, label, other note, shaded
 * area or other mark's claimed area, stays inside the chart, and its leader crosses nothing; a note with no such spot
 * becomes a numbered marker beside its mark, with the note in a list under the chart, which the returned height includes.
 */
export function placeAnnotations(notes: readonly Annotation[], space: AnnotationSpace): AnnotationLayout {
  const unit = space.unit ?? 1;
  const m = ANNOTATION_METRICS;
  const [fontSize, lineHeight, pad] = [m.fontSize * unit, m.lineHeight * unit, m.pad * unit];
  const markerRadius = m.markerRadius * unit;
  const edge = m.edge * unit;
  const inside = (box: Box) =>
    box.x >= edge && box.y >= 0 && box.x + box.width <= space.width - edge && box.y + box.height <= space.height;
  const free = (box: Box, taken: readonly Box[]) => inside(box) && !taken.some((other) => overlaps(box, other, pad));
  /** Free, and clear of every drawn line and shaded area by the pad. */
  const open = (box: Box, taken: readonly Box[]) => {
    if (!free(box, taken) || space.shaded?.some((area) => overlaps(box, area, pad))) return false;
    const padded = { x: box.x - pad, y: box.y - pad, width: box.width + 2 * pad, height: box.height + 2 * pad };
    return !space.segments?.some(([x1, y1, x2, y2]) => segmentCrosses(padded, x1, y1, x2, y2));
  };

  /**
   * The nearest clear spot for `text` beside `anchor`, with its lines and leader, or undefined; the text is tried at
   * its widest and wrapped narrower, so it can stand in a slot between marks.
   */
  const calloutFor = (text: string, anchor: AnnotationAnchor, taken: readonly Box[]) => {
    const leaderTo = (box: Box, tie: { x: number; y: number }) => {
      const end = nearest(box, tie.x, tie.y);
      return { x1: tie.x, y1: tie.y, x2: end.x, y2: end.y };
    };
    const clear = (box: Box, tie: { x: number; y: number }) => {
      if (!open(box, taken)) return false;
      const { x1, y1, x2, y2 } = leaderTo(box, tie);
      const length = Math.hypot(x2 - x1, y2 - y1);
      if (length < 1) return true;
      // Trimmed by a px at each end so a leader that starts on its own mark's edge or ends on its box is not a crossing.
      const [ux, uy] = [(x2 - x1) / length, (y2 - y1) / length];
      return !taken.some((other) => segmentCrosses(other, x1 + ux, y1 + uy, x2 - ux, y2 - uy));
    };
    const distances = m.distances.map((d) => d * unit);
    const widest = Math.min(m.maxWidth, space.width / unit / 2);
    const wrappings = [widest, widest * 0.7, widest * 0.5].flatMap((measure) => {
      const lines = wrapText(text, measure, m.fontSize);
      // Narrower only while whole words fit: a word broken across lines reads worse than a note further off. Chinese
      // breaks between any two characters.
      if (measure < widest && !CJK.test(text) && lines.join(' ') !== text.trim().split(/\s+/).join(' ')) return [];
      const w = Math.max(...lines.map((line) => textWidth(line, m.fontSize) * unit));
      return [{ lines, w, h: lines.length * lineHeight }];
    });
    if (anchor.caption) {
      const { name, shape } = anchor.caption;
      for (const { lines, w, h } of wrappings) {
        const box = [name.y + name.height + pad, name.y - pad - h]
          .flatMap((y) => [name.x, name.x + name.width - w].map((x) => ({ x, y, width: w, height: h })))
          .find((candidate) => open(candidate, taken) && !overlaps(candidate, shape));
        if (box) return { lines, box, leader: undefined };
      }
    }
    let best: Omit<Callout, 'target'> | undefined;
    let shortest = Infinity;
    const bounds = { width: space.width, height: space.height, inset: edge };
    for (const tie of [anchor, ...(anchor.also ?? [])]) {
      for (const { lines, w, h } of wrappings) {
        const spots = around(tie.x, tie.y, w, h, distances, bounds, (space.maxReach ?? Infinity) * unit);
        const box = spots.find((spot) => clear(spot, tie));
        if (!box) continue;
        const leader = leaderTo(box, tie);
        const reach = Math.hypot(leader.x2 - leader.x1, leader.y2 - leader.y1);
        // A note at the nearest distance sits against its mark and needs no leader.
        if (reach < shortest)
          [best, shortest] = [{ lines, box, leader: reach <= distances[0]! ? undefined : leader }, reach];
      }
    }
    return best;
  };

  /** A marker's disc: just clear of its mark, of what is drawn near it and of the lines where there is room, else on its anchor. */
  const discFor = (anchor: AnnotationAnchor, taken: readonly Box[]): Box => {
    const size = 2 * markerRadius;
    const near = around(
      anchor.x,
      anchor.y,
      size,
      size,
      [1, 3, 6, 10, 14].map((d) => d * unit),
      { width: space.width, height: space.height, inset: edge },
      16 * unit,
    );
    // With no clear spot, the disc sits on its anchor, kept inside the chart.
    const clamp = (value: number, limit: number) => Math.max(0, Math.min(value - markerRadius, limit - size));
    return (
      near.find((box) => open(box, taken)) ??
      near.find((box) => free(box, taken)) ?? {
        x: clamp(anchor.x, space.width),
        y: clamp(anchor.y, space.height),
        width: size,
        height: size,
      }
    );
  };

  /** Sets a disc for every note in `marked`, then every other note beside its mark clear of them; the notes that found no spot. */
  const attempt = (marked: ReadonlySet<Annotation>) => {
    const taken: Box[] = [...space.obstacles];
    const discs = new Map<Annotation, Box>();
    for (const note of notes) {
      const anchor = space.anchors.get(note.target);
      if (!marked.has(note) || !anchor) continue;
      const disc = discFor(anchor, taken);
      discs.set(note, disc);
      taken.push(disc);
    }
    const callouts: Callout[] = [];
    const failed: Annotation[] = [];
    for (const note of notes) {
      if (marked.has(note)) continue;
      const anchor = space.anchors.get(note.target);
      const others = (space.claims ?? []).filter((claim) => !claim.ids.includes(note.target)).map((claim) => claim.box);
      const spot = anchor && calloutFor(note.text, anchor, [...taken, ...others]);
      if (!spot) {
        failed.push(note);
        continue;
      }
      taken.push(spot.box);
      callouts.push({ target: note.target, ...spot });
    }
    return { callouts, failed, discs };
  };

  // A marker can take a spot an earlier note was given, so notes are placed again around the markers until none moves.
  const marked = new Set<Annotation>();
  let placed = attempt(marked);
  while (placed.failed.length > 0) {
    for (const note of placed.failed) marked.add(note);
    placed = attempt(marked);
  }
  const failed = notes.filter((note) => marked.has(note));

  // The list under the chart: a marker's number, then its note, wrapped to the chart's width beside the number.
  let listY = space.height + m.listGap * unit;
  const indent = markerRadius * 2 + 6 * unit;
  const markers = failed.map((note, index): NoteMarker => {
    const disc = placed.discs.get(note);
    const lines = wrapText(note.text, (space.width - indent) / unit, m.fontSize);
    const marker = {
      target: note.target,
      number: index + 1,
      x: disc ? disc.x + markerRadius : -1,
      y: disc ? disc.y + markerRadius : -1,
      lines,
      listY: listY + fontSize,
    };
    listY += Math.max(lines.length * lineHeight, markerRadius * 2) + m.listGap * unit;
    return marker;
  });
  return {
    callouts: placed.callouts,
    markers,
    // The list's last line hangs its descenders below its line box; a pad keeps them in the drawing.
    height: markers.length > 0 ? listY - m.listGap * unit + m.pad * unit : space.height,
    fontSize,
    lineHeight,
    markerRadius,
    halo: m.halo * unit,
  };
}

/**
 * The room to open under each mark, by its id, for a layout where a second figure is drawn in the same mark (a share's
 * whole, a bar's target): a note on either needs its room under that mark. `marks` pairs each mark's id with the
 * second figure's id, if it has one.
 */
export function roomUnderMarks(
  marks: readonly (readonly [id: string, also: string | undefined])[],
  room: ReadonlyMap<string, number>,
): Map<string, number> {
  return new Map(
    marks.map(([id, also]) => [id, Math.max(room.get(id) ?? 0, also === undefined ? 0 : (room.get(also) ?? 0))]),
  );
}

/**
 * Lays a chart out and places a step's notes on it; when some find no room beside their marks, lays it out again with
 * room opened for them, as little as they need, and places them there. `layout` takes that room as the px each failed
 * note needs, by its target; `firstReach` bounds how far a placement may reach before more room is opened instead.
 */
export function placeWithRoom<Layout>(
  notes: readonly Annotation[],
  width: number,
  layout: (room: ReadonlyMap<string, number>) => Layout,
  space: (layout: Layout) => AnnotationSpace,
  firstReach?: number,
): { layout: Layout; notes: AnnotationLayout } {
  const m = ANNOTATION_METRICS;
  const first = layout(new Map());
  const placed = placeAnnotations(notes, { ...space(first), maxReach: firstReach });
  if (placed.markers.length === 0) return { layout: first, notes: placed };
  const room = new Map(
    placed.markers.map((marker) => {
      const text = notes.find((note) => note.target === marker.target)!.text;
      const lines = wrapText(text, Math.min(m.maxWidth, width / 2), m.fontSize);
      return [marker.target, lines.length * m.lineHeight + m.distances[1]! + 2 * m.pad];
    }),
  );
  const spaced = layout(room);
  let best = { layout: spaced, notes: placeAnnotations(notes, space(spaced)) };
  // The room is sized for each note at its widest; wrapped narrower beside its mark, it may need less, and a chart
  // with empty room under a bar reads as if something were missing there. Trim a line at a time while every note fits.
  for (let cut = m.lineHeight; [...room.values()].some((px) => px > cut); cut += m.lineHeight) {
    const trimmed = layout(new Map([...room].map(([id, px]) => [id, Math.max(0, px - cut)])));
    const fits = placeAnnotations(notes, { ...space(trimmed), maxReach: firstReach });
    if (fits.markers.length > 0) break;
    best = { layout: trimmed, notes: fits };
  }
  return best;
}
