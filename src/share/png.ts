import { Resvg } from '@resvg/resvg-js';
import { SHARE_FONTS, SHARE_FONTS_ZH } from '../lib/fonts';

const FONT_FILES = [
  ...new Set([...Object.values(SHARE_FONTS), ...Object.values(SHARE_FONTS_ZH)].map((font) => font.file)),
];

/**
 * Draws an SVG document as a PNG `width` px wide, with the share fonts only (both editions'), so every machine draws it
 * alike.
 */
export function svgToPng(svg: string, width: number): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: SHARE_FONTS.text.family },
  });
  return resvg.render().asPng();
}
