/** Site-wide names and wording, kept in one place. */
export const SITE = {
  name: 'Inner Mongolia in Figures',
  nameZh: '数读内蒙古',
  description:
    "Visual stories about Inner Mongolia's economy, told through the region's own official figures, each traced to the sentence it came from.",
  lang: 'en',
} as const;
