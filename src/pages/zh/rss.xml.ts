import type { APIRoute } from 'astro';
import { storyFeed } from '../../feed/feed';
import { storyEntries } from '../../stories/collection';

/** The Chinese stories as an RSS 2.0 feed. */
export const GET: APIRoute = async ({ site }) => storyFeed(await storyEntries(), site!, 'zh');
