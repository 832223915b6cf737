import type { APIRoute, GetStaticPaths } from 'astro';
import { faviconPng, ICONS, type Icon } from '../../discovery/icons';
import { sitePalette } from '../../lib/site-palette';

/** One route per icon size: /icons/icon-180.png and so on. */
export const getStaticPaths = (() =>
  ICONS.map((icon) => ({ params: { size: String(icon.size) }, props: { icon } }))) satisfies GetStaticPaths;

/** The favicon as a PNG icon, rendered at build time. */
export const GET: APIRoute<{ icon: Icon }> = ({ props }) =>
  new Response(faviconPng(props.icon, sitePalette().background), { headers: { 'Content-Type': 'image/png' } });
