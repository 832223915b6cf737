import { Resvg } from '@resvg/resvg-js';
import { SHARE_FONTS } from './fonts';

const FONT_FILES = [...new Set(Object.values(SHARE_FONTS).map((font) => font.file))];

/** Draws an SVG document as a PNG `width` px wide, with the share fonts only, so every machine draws it alike. */
export function svgToPng(svg: string, width: number): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: SHARE_FONTS.text.family },
  });
  return resvg.render().asPng();
}

/** Reads a PNG's width and height from its IHDR chunk, which the format puts first. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.length < 24 || signature.some((byte, i) => png[i] !== byte)) throw new Error('Not a PNG file: its signature is missing');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
