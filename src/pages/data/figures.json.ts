import type { APIRoute } from 'astro';
import { exportRecords } from '../../figures/export';
import { figureHref, sourceHref } from '../../lib/urls';
import { loadFigureViews } from '../../stories/figure-views';

/** The whole figure base with its provenance, for anyone to download. */
export const GET: APIRoute = async ({ site }) => {
  const records = exportRecords(await loadFigureViews(), site!, { figure: figureHref, passage: sourceHref });
  return new Response(JSON.stringify(records, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
