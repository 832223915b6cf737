import { defineCollection } from 'astro:content';
import { storyFrontmatter } from './stories/frontmatter';
import { storyLoader } from './stories/loader';

// The loader proves the figure base, then builds each story once; a bad record or story stops the build.
export const collections = { stories: defineCollection({ loader: storyLoader(), schema: storyFrontmatter }) };
