import type { APIRoute } from 'astro';
import { searchIndex } from '../../../figures/search-index';
import { loadFigureViews } from '../../../stories/figure-views';

/** The index the figure finder on /zh/figures/ searches: Chinese labels, values and the quotes themselves. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(searchIndex(await loadFigureViews(), 'zh')), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
