import type { APIRoute } from 'astro';
import type { BaseMapFile } from '../../charts/map/base-file';
import { defaultBaseFile } from '../../charts/map/map';

export const getStaticPaths = () => {
  const file = defaultBaseFile();
  return [{ params: { name: file.name }, props: { file } }];
};

/** The base map every map chart shows with <use>: China's provinces and Inner Mongolia's divisions, once for the site. */
export const GET: APIRoute<{ file: BaseMapFile }> = ({ props }) =>
  new Response(props.file.svg, { headers: { 'Content-Type': 'image/svg+xml' } });
