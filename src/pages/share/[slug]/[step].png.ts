import type { APIRoute } from 'astro';
import { stepCardPaths } from '../../../components/pages/card-paths';
import type { ShareCard } from '../../../share/card';
import { SHARE_IMAGE } from '../../../share/image-sizes';
import { pngResponse } from '../../../share/respond';

export const getStaticPaths = () => stepCardPaths('en');

/** A step's share image: its chart in that step's state. */
export const GET: APIRoute<{ card: ShareCard }> = ({ props }) => pngResponse(props.card, SHARE_IMAGE.width);
