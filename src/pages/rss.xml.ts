import type { APIRoute } from 'astro';
import { storyFeed } from '../feed/feed';
import { storyEntries } from '../stories/collection';

/** The English stories as an RSS 2.0 feed. */
export const GET: APIRoute = async ({ site }) => storyFeed(await storyEntries(), site!, 'en');
