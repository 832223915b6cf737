import type { APIRoute, GetStaticPaths } from 'astro';
import { storyEntries } from '../../../stories/collection';
import { SHARE_IMAGE } from '../../../share/image-sizes';
import { pngResponse } from '../../../share/respond';
import { storyShare } from '../../../share/story-shares';

export const getStaticPaths = (async () =>
  (await storyEntries()).flatMap((story) =>
    storyShare(story, 'en').steps.map((step) => ({ params: { slug: story.id, step: step.id }, props: { step } })),
  )) satisfies GetStaticPaths;

/** A step's share image: its chart in that step's state. */
export const GET: APIRoute<Awaited<ReturnType<typeof getStaticPaths>>[number]['props']> = ({ props }) =>
  pngResponse(props.step.card, SHARE_IMAGE.width);
