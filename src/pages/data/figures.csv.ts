import type { APIRoute } from 'astro';
import { exportRecords, toCsv } from '../../figures/export';
import { figureHref, sourceHref } from '../../lib/urls';
import { loadFigureViews } from '../../stories/figure-views';

/** The whole figure base as CSV that spreadsheets open correctly (UTF-8 with BOM, CRLF). */
export const GET: APIRoute = async ({ site }) => {
  const records = exportRecords(await loadFigureViews(), site!, { figure: figureHref, passage: sourceHref });
  return new Response(toCsv(records), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
