/** Site-wide names and wording, kept in one place. */
export const SITE = {
  name: 'Inner Mongolia in Figures',
  /** The name under an installed app's icon, where the full name would be cut short. */
  shortName: 'Inner Mongolia',
  nameZh: '数读内蒙古',
  description:
    "Visual stories about Inner Mongolia's economy, told through the region's own official figures, each traced to the sentence it came from.",
  lang: 'en',
  /** The Open Graph locale of the site's English. */
  locale: 'en_GB',
} as const;
