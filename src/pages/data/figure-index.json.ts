import type { APIRoute } from 'astro';
import { searchIndex } from '../../figures/search-index';
import { loadFigureViews } from '../../stories/figure-views';

/** The index the figure finder on /figures/ searches: compact, so the page's first view stays small. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(searchIndex(await loadFigureViews(), 'en')), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
