import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

/** The drawing every icon is rendered from: the favicon. */
const FAVICON_SVG = resolve(process.cwd(), 'public/favicon.svg');

/** One PNG icon: its square size in px, and what names it: the page's apple-touch-icon link or the web app manifest. */
export interface Icon {
  size: number;
  use: 'apple-touch-icon' | 'manifest';
}

/** The PNG icons the site ships: the Apple touch icon, and the two sizes installing a web app asks for. */
export const ICONS: readonly Icon[] = [
  { size: 180, use: 'apple-touch-icon' },
  { size: 192, use: 'manifest' },
  { size: 512, use: 'manifest' },
];

/** Renders the SVG drawing `svg` (read from `file`) as a square PNG of `size` px, on `background` if given, else transparent. */
export function renderIcon(
  svg: string,
  size: number,
  background?: string,
  file = 'the icon drawing',
): Uint8Array<ArrayBuffer> {
  const rendered = new Resvg(svg, {
    fitTo: { mode: 'width', value: size },
    ...(background && { background }),
  }).render();
  if (rendered.width !== size || rendered.height !== size) {
    throw new Error(
      `${file}: an icon must be square; the drawing renders ${rendered.width}×${rendered.height} px at width ${size}`,
    );
  }
  return new Uint8Array(rendered.asPng());
}

/** The favicon rendered as the PNG `icon`; the Apple touch icon on `background`. */
export function faviconPng(icon: Icon, background: string): Uint8Array<ArrayBuffer> {
  // iOS fills a transparent touch icon's corners with black, so that one gets the page background behind it.
  const fill = icon.use === 'apple-touch-icon' ? background : undefined;
  return renderIcon(readFileSync(FAVICON_SVG, 'utf8'), icon.size, fill, 'public/favicon.svg');
}
