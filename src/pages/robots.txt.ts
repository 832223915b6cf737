import type { APIRoute } from 'astro';
import { robotsTxt } from '../discovery/robots';
import { absoluteUrl, PATHS } from '../lib/urls';

/** Lets crawlers in and points them at the sitemap index @astrojs/sitemap writes. */
export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(absoluteUrl(PATHS.sitemapIndex, site!)), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
