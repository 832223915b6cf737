import type { APIRoute, GetStaticPaths } from 'astro';
import { storyEntries } from '../../stories/collection';
import { SHARE_IMAGE } from '../../share/image-sizes';
import { pngResponse } from '../../share/respond';
import { storyShare } from '../../share/story-shares';

export const getStaticPaths = (async () =>
  (await storyEntries()).map((story) => ({
    params: { slug: story.id },
    props: { story },
  }))) satisfies GetStaticPaths;

/** A story's share image: its hero chart with the title and dek. */
export const GET: APIRoute<Awaited<ReturnType<typeof getStaticPaths>>[number]['props']> = ({ props }) =>
  pngResponse(storyShare(props.story, 'en').hero, SHARE_IMAGE.width);
