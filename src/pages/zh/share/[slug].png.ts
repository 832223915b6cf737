import type { APIRoute } from 'astro';
import { storyCardPaths } from '../../../components/pages/card-paths';
import type { ShareCard } from '../../../share/card';
import { SHARE_IMAGE } from '../../../share/image-sizes';
import { pngResponse } from '../../../share/respond';

export const getStaticPaths = () => storyCardPaths('zh');

/** A story's Chinese share image: its hero chart with the Chinese title and dek. */
export const GET: APIRoute<{ card: ShareCard }> = ({ props }) => pngResponse(props.card, SHARE_IMAGE.width);
