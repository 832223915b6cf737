import type { APIRoute } from 'astro';
import { SITEMAP_INDEX } from '../discovery/sitemap';
import { robotsTxt } from '../discovery/robots';
import { absoluteUrl } from '../lib/with-base';

/** Lets crawlers in and points them at the sitemap index @astrojs/sitemap writes. */
export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(absoluteUrl(SITEMAP_INDEX, site!)), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
