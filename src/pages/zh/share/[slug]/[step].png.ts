import type { APIRoute } from 'astro';
import { stepCardPaths } from '../../../../components/pages/card-paths';
import type { ShareCard } from '../../../../share/card';
import { SHARE_IMAGE } from '../../../../share/image-sizes';
import { pngResponse } from '../../../../share/respond';

export const getStaticPaths = () => stepCardPaths('zh');

/** A step's Chinese share image: its chart in that step's state, in Chinese. */
export const GET: APIRoute<{ card: ShareCard }> = ({ props }) => pngResponse(props.card, SHARE_IMAGE.width);
