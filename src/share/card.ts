import type { Element, ElementContent } from 'hast';
import type { NumberCell } from '../charts/big-number/big-number';
import { toXast } from 'hast-util-to-xast';
import { toString } from 'hast-util-to-string';
import { selectAll } from 'hast-util-select';
import { s } from 'hastscript';
import { textWidth, undrawable, type ShareFont, type ShareFonts } from '../lib/fonts';
import { SHARE_IMAGE } from './image-sizes';
import type { StaticSvg } from './static-svg';
import { toXml } from 'xast-util-to-xml';
import { wrapText } from './wrap-text';

/** What fills the card's picture side: a chart's SVG, or the figures of a big-number chart. */
export type CardGraphic = { kind: 'svg'; chart: StaticSvg } | { kind: 'numbers'; cells: NumberCell[] };

/** The words and picture of one share image. */
export interface ShareCard {
  kicker: string;
  title: string;
  subtitle: string;
  footer: string;
  graphic: CardGraphic;
  /** The fonts of the card's edition (lib/fonts.ts shareFonts): Chinese cards are set in Noto Sans SC. */
  fonts: ShareFonts;
}

/** The colours a card is drawn in, from the site's light palette. */
export interface CardColours {
  bg: string;
  ink: string;
  muted: string;
  accent: string;
  highlight: string;
  rule: string;
  chartMuted: string;
}

const PAD = 64;
const TEXT_WIDTH = 470;
const GRAPHIC = { x: 586, y: PAD, width: SHARE_IMAGE.width - 586 - PAD, height: SHARE_IMAGE.height - 2 * PAD };
/** The card's type styles, set in `fonts`. */
const typeIn = (fonts: ShareFonts) => ({
  kicker: { font: fonts.strong, size: 20, line: 24 },
  subtitle: { font: fonts.text, size: 24, line: 31 },
  footer: { font: fonts.text, size: 17, line: 22 },
});

/** A `<text>` element per line, set in `font` at `size`, the first baseline at `y`. */
function lines(
  texts: string[],
  x: number,
  y: number,
  font: ShareFont,
  size: number,
  lineHeight: number,
  fill: string,
): Element[] {
  return texts.map((text, i) =>
    s(
      'text',
      { x, y: y + i * lineHeight, fill, fontFamily: font.family, fontWeight: font.weight, fontSize: size },
      text,
    ),
  );
}

/** Wraps text to the card's text column in one of its type styles. */
function wrapped(
  text: string,
  style: { font: ShareFont; size: number },
  maxLines: number,
  width = TEXT_WIDTH,
): string[] {
  return wrapText(text, (line) => textWidth(line, style.font, style.size), width, maxLines);
}

/** The largest title size, from 44 px down to 32 px, at which the whole title fits in four lines (five at the smallest). */
function fittedTitle(title: string, font: ShareFont): { font: ShareFont; size: number; line: number } {
  for (const size of [44, 40, 36]) {
    const style = { font, size, line: Math.round(size * 1.18) };
    if (!wrapped(title, style, 4).at(-1)?.endsWith('…')) return style;
  }
  return { font, size: 32, line: 38 };
}

/** Sets a chart's SVG in the picture box: scaled to fit, never past 1.6×, centred on both axes. */
function placedChart({ chart }: { chart: StaticSvg }, fonts: ShareFonts): Element {
  const scale = Math.min(GRAPHIC.width / chart.width, GRAPHIC.height / chart.height, 1.6);
  const [width, height] = [chart.width * scale, chart.height * scale];
  const svg = structuredClone(chart.svg);
  Object.assign(svg.properties, {
    x: GRAPHIC.x + (GRAPHIC.width - width) / 2,
    y: GRAPHIC.y + (GRAPHIC.height - height) / 2,
    width,
    height,
    fontFamily: fonts.text.family,
  });
  return svg;
}

/** Sets big-number cells down the picture box, each with a bar on its left like the chart's own. */
function placedNumbers(cells: NumberCell[], colours: CardColours, fonts: ShareFonts): Element {
  // The longest value sets one size for all, no wider than the box beside the cell's bar.
  const longest = Math.max(...cells.map((cell) => textWidth(cell.value, fonts.title, 100)));
  const value = {
    font: fonts.title,
    size: Math.min(cells.length > 2 ? 44 : 60, Math.floor(((GRAPHIC.width - 28) * 100) / longest)),
  };
  const label = { font: fonts.text, size: 24, line: 29 };
  const meta = { font: fonts.text, size: 18 };
  const note = { font: fonts.text, size: 20, line: 25 };
  const blocks = cells.map((cell) => ({
    cell,
    labelLines: wrapText(cell.label, (t) => textWidth(t, label.font, label.size), GRAPHIC.width - 28, 2),
    // A note sits under the number's line of place and period, behind a short rule like the page's leader.
    noteLines: cell.note
      ? wrapText(cell.note, (t) => textWidth(t, note.font, note.size), GRAPHIC.width - 28 - 30, 3)
      : [],
  }));
  const heights = blocks.map(
    (block) =>
      value.size * 1.15 +
      block.labelLines.length * label.line +
      meta.size * 1.6 +
      (block.noteLines.length > 0 ? block.noteLines.length * note.line + 8 : 0),
  );
  const gap = 28;
  const total = heights.reduce((sum, h) => sum + h, 0) + gap * (cells.length - 1);
  const scale = Math.min(1, GRAPHIC.height / total);
  let y = GRAPHIC.y + Math.max(0, (GRAPHIC.height - total * scale) / 2);
  const children: Element[] = blocks.map(({ cell, labelLines, noteLines }, i) => {
    const top = y;
    y += (heights[i]! + gap) * scale;
    const noteTop = value.size * 1.15 + labelLines.length * label.line + meta.size * 1.6 + 8 + note.size;
    return s('g', { transform: `translate(${GRAPHIC.x} ${top}) scale(${scale})` }, [
      s('rect', {
        x: 0,
        y: 0,
        width: 6,
        height: heights[i]!,
        fill: cell.highlighted ? colours.highlight : colours.chartMuted,
      }),
      ...lines([cell.value], 28, value.size, value.font, value.size, 0, colours.ink),
      ...lines(labelLines, 28, value.size * 1.15 + label.size, label.font, label.size, label.line, colours.ink),
      ...lines(
        [cell.meta],
        28,
        value.size * 1.15 + labelLines.length * label.line + meta.size * 1.2,
        meta.font,
        meta.size,
        0,
        colours.muted,
      ),
      ...(noteLines.length > 0
        ? [
            s('line', {
              x1: 28,
              x2: 48,
              y1: noteTop - note.size * 0.35,
              y2: noteTop - note.size * 0.35,
              stroke: colours.ink,
              strokeWidth: 1.5,
            }),
            ...lines(noteLines, 58, noteTop, note.font, note.size, note.line, colours.ink),
          ]
        : []),
    ]);
  });
  return s('g', children);
}

/** Throws if any text on the card has a character its font cannot draw, naming the text and characters. */
function checkGlyphs(card: Element, fonts: ShareFonts): void {
  for (const text of selectAll('text', card, 'svg')) {
    const family = String(text.properties.fontFamily ?? fonts.text.family);
    const font = Object.values(fonts).find((f) => f.family === family) ?? fonts.text;
    const problem = undrawable(toString(text), [font]);
    if (problem) throw new Error(`Share image text "${toString(text)}" ${problem}`);
  }
}

/** The share image as an SVG document: kicker, title, subtitle and source on the left, the chart on the right. */
export function shareCardSvg(card: ShareCard, colours: CardColours): string {
  const TYPE = typeIn(card.fonts);
  const kicker = wrapped(card.kicker.toUpperCase(), TYPE.kicker, 1);
  const titleStyle = fittedTitle(card.title, card.fonts.title);
  const title = wrapped(card.title, titleStyle, 5);
  const footer = wrapped(card.footer, TYPE.footer, 3);
  const titleTop = PAD + TYPE.kicker.line + 24 + titleStyle.size;
  const subtitleTop = titleTop + (title.length - 1) * titleStyle.line + 24 + TYPE.subtitle.size;
  const footerTop = SHARE_IMAGE.height - PAD - (footer.length - 1) * TYPE.footer.line;
  const room = Math.floor((footerTop - TYPE.footer.size - 24 - subtitleTop) / TYPE.subtitle.line) + 1;
  const subtitle = room > 0 ? wrapped(card.subtitle, TYPE.subtitle, room) : [];

  const children: ElementContent[] = [
    s('rect', { width: SHARE_IMAGE.width, height: SHARE_IMAGE.height, fill: colours.bg }),
    s('rect', { width: SHARE_IMAGE.width, height: 10, fill: colours.accent }),
    ...lines(kicker, PAD, PAD + TYPE.kicker.size, TYPE.kicker.font, TYPE.kicker.size, TYPE.kicker.line, colours.accent),
    ...lines(title, PAD, titleTop, titleStyle.font, titleStyle.size, titleStyle.line, colours.ink),
    ...lines(subtitle, PAD, subtitleTop, TYPE.subtitle.font, TYPE.subtitle.size, TYPE.subtitle.line, colours.muted),
    ...lines(footer, PAD, footerTop, TYPE.footer.font, TYPE.footer.size, TYPE.footer.line, colours.muted),
    s('line', {
      x1: GRAPHIC.x - 32,
      x2: GRAPHIC.x - 32,
      y1: PAD,
      y2: SHARE_IMAGE.height - PAD,
      stroke: colours.rule,
      strokeWidth: 1,
    }),
    card.graphic.kind === 'svg'
      ? placedChart(card.graphic, card.fonts)
      : placedNumbers(card.graphic.cells, colours, card.fonts),
  ];
  const root = s(
    'svg',
    {
      width: SHARE_IMAGE.width,
      height: SHARE_IMAGE.height,
      viewBox: `0 0 ${SHARE_IMAGE.width} ${SHARE_IMAGE.height}`,
    },
    children,
  );
  checkGlyphs(root, card.fonts);
  // resvg reads XML, which (unlike HTML) allows no "<" in an attribute: an HTML serializer leaves one there.
  return toXml(toXast(root, { space: 'svg' }));
}
