/** The size of every share image, in px: the 1.91:1 card Open Graph and Twitter previews expect. */
export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

/** The size of a story's thumbnail on the home page, in px: the share image at half size. */
export const THUMB_IMAGE = { width: 600, height: 315 } as const;

/** Site-absolute path of a story's page. */
export function storyPath(slug: string): string {
  return `/stories/${slug}/`;
}

/** Site-absolute path of a story's share image: its hero chart with the title. */
export function storyImagePath(slug: string): string {
  return `/share/${slug}.png`;
}

/** Site-absolute path of a story's home-page thumbnail. */
export function storyThumbPath(slug: string): string {
  return `/share/thumbs/${slug}.png`;
}

/** Site-absolute path of a step's share image: its chart in that step's state. */
export function stepImagePath(slug: string, stepId: string): string {
  return `/share/${slug}/${stepId}.png`;
}

/** Site-absolute path of a step's share page, which carries the step's preview tags and opens the story at it. */
export function stepPagePath(slug: string, stepId: string): string {
  return `/stories/${slug}/${stepId}/`;
}
