import type { APIRoute } from 'astro';
import { chartStatesFiles } from '../../components/pages/chart-states';
import { LANGS } from '../../lib/editions';
import { storyEntries } from '../../stories/collection';

export const getStaticPaths = async () =>
  (await storyEntries()).flatMap((story) =>
    LANGS.flatMap((lang) =>
      chartStatesFiles(story, lang).map((file) => ({ params: { name: file.name }, props: { json: file.json } })),
    ),
  );

/** A story's sticky charts in every step's state at one layout width, which its live charts fetch (live-chart.ts). */
export const GET: APIRoute<{ json: string }> = ({ props }) =>
  new Response(props.json, { headers: { 'Content-Type': 'application/json' } });
