/** The size of every share image, in px: the 1.91:1 card Open Graph and Twitter previews expect. */
export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

/** The size of a story's thumbnail on the home page, in px: the share image at half size. */
export const THUMB_IMAGE = { width: 600, height: 315 } as const;
