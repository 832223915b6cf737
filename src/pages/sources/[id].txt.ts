import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { sourceTextFile } from '../../sources/registry';
import { figureBase } from '../../stories/figure-base';

/** One raw text per source. */
export const getStaticPaths = (() =>
  figureBase().sources.map((source) => ({ params: { id: source.id } }))) satisfies GetStaticPaths;

/** The source text byte for byte, for anyone to check a quote against. */
export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(sourceTextFile(String(params.id))), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
