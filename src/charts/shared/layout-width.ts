import { getContext } from 'svelte';
import { SERVER_WIDTH } from '../frame';

/** The context key under which a server render names the width its charts lay out at. */
const LAYOUT_WIDTH = Symbol('layout width');

/** The context for a render of charts laid out `width` px wide (one of LAYOUT_WIDTHS). */
export function layoutWidthContext(width: number): Map<symbol, number> {
  return new Map([[LAYOUT_WIDTH, width]]);
}

/** The width a chart lays out at, in a component: its render's, or the page's own (SERVER_WIDTH). */
export function layoutWidthOf(): number {
  return getContext<number | undefined>(LAYOUT_WIDTH) ?? SERVER_WIDTH;
}
