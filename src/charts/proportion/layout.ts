import type { Box } from '../shared/box';
import type { Annotation } from '../attributes';
import {
  placeWithRoom,
  roomUnderMarks,
  type AnnotationLayout,
  type AnnotationSpace,
  type Claim,
} from '../shared/place-annotations';
import { roundPx } from '../shared/round-px';
import { textWidth, wrapText } from '../shared/text';
import type { ProportionPanel } from './proportion';

/** Sizes of the proportion chart's parts, in px. */
export const PROPORTION_METRICS = {
  labelSize: 14,
  valueSize: 18,
  detailSize: 13,
  lineHeight: 18,
  valueLineHeight: 22,
  /** Between panels side by side and between rows of panels. */
  gap: 20,
  /** A waffle narrower than this gets its own row instead of sharing one. */
  minPanel: 134,
  maxWaffle: 180,
  cellGap: 2,
  barHeight: 28,
  /** Space between a panel's text and its waffle or bar. */
  textGap: 6,
  top: 4,
  bottom: 4,
};

/**
 * A 10×10 waffle of side `size` as drawn: every square in one path, drawn empty and again filled through a clip of two
 * boxes, the full rows the share covers from the top and the part of the next row it reaches, to a fraction of a
 * square. Four elements however many squares, and a new share is two sizes the browser can animate.
 */
export interface Waffle {
  squares: string;
  rows: Box;
  rest: Box;
}

/** The waffle of side `size` for a share of `percent`, filled row by row from the top left. */
export function waffle(percent: number, size: number): Waffle {
  const gap = PROPORTION_METRICS.cellGap;
  const cell = Math.max(1, (size - 9 * gap) / 10);
  const pitch = cell + gap;
  const filled = Math.max(0, Math.min(100, percent));
  const squares = Array.from({ length: 100 }, (_, index) => {
    const [x, y] = [roundPx((index % 10) * pitch), roundPx(Math.floor(index / 10) * pitch)];
    return `M${x},${y}h${roundPx(cell)}v${roundPx(cell)}h${-roundPx(cell)}z`;
  }).join('');
  const full = Math.floor(filled / 10);
  const left = filled - full * 10;
  const whole = Math.floor(left);
  return {
    squares,
    rows: { x: 0, y: 0, width: size, height: full * pitch },
    rest: { x: 0, y: full * pitch, width: whole * pitch + (left - whole) * cell, height: full < 10 ? cell : 0 },
  };
}

/** A panel as drawn, at (x, y): wrapped label, value and detail lines, then its waffle or bar below them. */
export interface PanelMark {
  id: string;
  x: number;
  y: number;
  width: number;
  labelLines: string[];
  valueLines: string[];
  detailLines: string[];
  /** Where the waffle or bar starts, from the panel's top; the same for every panel in a row so they line up. */
  graphicY: number;
  /** The waffle's side, or the bar's height. */
  graphicHeight: number;
  /** The squares and fill of a waffle; none for a bar. */
  waffle?: Waffle | undefined;
  /** How much of the bar is filled, 0 to 1. */
  barFill: number;
  planned: boolean;
  computed: boolean;
}

/** The laid-out proportion chart and the height it needs. */
export interface ProportionLayout {
  width: number;
  height: number;
  panels: PanelMark[];
}

/**
 * Lays out proportion panels for a container `width`. Waffles sit side by side as many as fit at `minPanel` px
 * (two at 288 px, four at 700 px) and wrap into rows; bars take the full width, one under another. Labels and
 * values wrap to their panel's width, so nothing overflows.
 */
export function proportionLayout(
  panels: readonly ProportionPanel[],
  width: number,
  form: 'waffle' | 'bar',
  roomBelow: ReadonlyMap<string, number> = new Map(),
): ProportionLayout {
  const m = PROPORTION_METRICS;
  const columns =
    form === 'bar' ? 1 : Math.max(1, Math.min(panels.length, Math.floor((width + m.gap) / (m.minPanel + m.gap))));
  const panelWidth = form === 'bar' ? width : Math.min(m.maxWaffle, (width - m.gap * (columns - 1)) / columns);
  // A waffle alone in its row has the row's width for its words: a long label over a narrow waffle would run to five
  // lines and push the waffle down the screen.
  const alone = (index: number) => index === panels.length - 1 && index % columns === 0;
  const texts = panels.map((panel, index) => {
    const wrapWidth = alone(index) ? width : panelWidth;
    return {
      labelLines: wrapText(panel.label, wrapWidth, m.labelSize),
      valueLines: wrapText(panel.value, wrapWidth, m.valueSize, true),
      detailLines: panel.detail ? wrapText(panel.detail, wrapWidth, m.detailSize) : [],
    };
  });
  const textHeight = (text: (typeof texts)[number]) =>
    (text.labelLines.length + text.detailLines.length) * m.lineHeight + text.valueLines.length * m.valueLineHeight;
  const graphicHeight = form === 'bar' ? m.barHeight : panelWidth;

  const marks: PanelMark[] = [];
  let y = m.top;
  for (let start = 0; start < panels.length; start += columns) {
    const row = panels.slice(start, start + columns);
    const graphicY = Math.max(...row.map((_, offset) => textHeight(texts[start + offset]!))) + m.textGap;
    for (const [offset, panel] of row.entries()) {
      marks.push({
        id: panel.datum.id,
        x: offset * (panelWidth + m.gap),
        y,
        width: panelWidth,
        ...texts[start + offset]!,
        graphicY,
        graphicHeight,
        waffle: form === 'waffle' ? waffle(panel.percent, panelWidth) : undefined,
        barFill: Math.max(0, Math.min(1, panel.percent / 100)),
        planned: panel.planned,
        computed: panel.whole !== undefined,
      });
    }
    y += graphicY + graphicHeight + m.gap + Math.max(0, ...row.map((panel) => roomBelow.get(panel.datum.id) ?? 0));
  }
  return { width, height: panels.length > 0 ? y - m.gap + m.bottom : m.top + m.bottom, panels: marks };
}

/** Where notes on the panels tie (beside a waffle, under a bar's filled end), and what they must not cover: text and graphics. */
export function proportionAnnotationSpace(
  layout: ProportionLayout,
  panels: readonly ProportionPanel[],
): AnnotationSpace {
  const m = PROPORTION_METRICS;
  const anchors = new Map<string, { x: number; y: number }>();
  const obstacles: Box[] = [];
  // A note standing in another panel, beside its text or its graphic, reads as that panel's note.
  const claims: Claim[] = [];
  for (const [index, mark] of layout.panels.entries()) {
    const top = mark.y + mark.graphicY;
    const anchor = mark.waffle
      ? { x: mark.x + mark.graphicHeight + 1, y: top + mark.graphicHeight / 2 }
      : { x: mark.x + mark.width * mark.barFill, y: top + mark.graphicHeight + 1 };
    anchors.set(mark.id, anchor);
    const whole = panels[index]?.whole;
    if (whole) anchors.set(whole.id, anchor);
    claims.push({
      ids: whole ? [mark.id, whole.id] : [mark.id],
      box: { x: mark.x, y: mark.y, width: mark.width, height: mark.graphicY + mark.graphicHeight },
    });
    const rows: [string[], number, number, boolean][] = [
      [mark.labelLines, m.labelSize, m.lineHeight, false],
      [mark.valueLines, m.valueSize, m.valueLineHeight, true],
      [mark.detailLines, m.detailSize, m.lineHeight, false],
    ];
    let y = mark.y;
    for (const [lines, size, height, bold] of rows) {
      for (const line of lines) {
        obstacles.push({ x: mark.x, y, width: textWidth(line, size, bold), height });
        y += height;
      }
    }
    obstacles.push({
      x: mark.x,
      y: top,
      width: mark.waffle ? mark.graphicHeight : mark.width,
      height: mark.graphicHeight,
    });
  }
  return { width: layout.width, height: layout.height, anchors, obstacles, claims };
}

/** The panels with a step's notes placed: a note with no room beside its panel gets room opened under its row and is placed again. */
export function annotatedProportion(
  panels: readonly ProportionPanel[],
  width: number,
  form: 'waffle' | 'bar',
  notes: readonly Annotation[],
): { layout: ProportionLayout; notes: AnnotationLayout } {
  // A note tied to a whole lies under its panel, which carries the part's id.
  const marks = panels.map((panel) => [panel.datum.id, panel.whole?.id] as const);
  return placeWithRoom(
    notes,
    width,
    (room) => proportionLayout(panels, width, form, roomUnderMarks(marks, room)),
    (layout) => proportionAnnotationSpace(layout, panels),
  );
}
