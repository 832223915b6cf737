import type { APIRoute } from 'astro';
import { webManifest } from '../discovery/manifest';
import { sitePalette } from '../lib/site-palette';

/** The web app manifest, so the site can be added to a home screen with its name, colours and icons. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(webManifest(import.meta.env.BASE_URL, sitePalette()), null, 2), {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
