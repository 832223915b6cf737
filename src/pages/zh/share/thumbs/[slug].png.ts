import type { APIRoute } from 'astro';
import { storyCardPaths } from '../../../../components/pages/card-paths';
import type { ShareCard } from '../../../../share/card';
import { THUMB_IMAGE } from '../../../../share/image-sizes';
import { pngResponse } from '../../../../share/respond';

export const getStaticPaths = () => storyCardPaths('zh');

/** A story's Chinese home-page thumbnail: its Chinese share image at half size. */
export const GET: APIRoute<{ card: ShareCard }> = ({ props }) => pngResponse(props.card, THUMB_IMAGE.width);
