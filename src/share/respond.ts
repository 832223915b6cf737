import { shareCardSvg, type ShareCard } from './card';
import { svgToPng } from './png';
import { cardColours } from './render-chart';

/** A share card drawn as a PNG response `width` px wide. */
export function pngResponse(card: ShareCard, width: number): Response {
  const png = svgToPng(shareCardSvg(card, cardColours()), width);
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
}
