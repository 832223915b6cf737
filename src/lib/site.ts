import type { Lang } from './editions';

/** Site-wide names and wording, kept in one place. */
export const SITE = {
  name: 'Inner Mongolia in Figures',
  /** The name under an installed app's icon, where the full name would be cut short. */
  shortName: 'Inner Mongolia',
  nameZh: '数读内蒙古',
  description:
    "Visual stories about Inner Mongolia's economy, told through the region's own official figures, each traced to the sentence it came from.",
  descriptionZh: '以内蒙古官方发布的数据解读当地经济的图解报道，每个数字均可追溯至原文语句。',
} as const;

/** The site's name and description in edition `lang`. */
export function siteText(lang: Lang): { name: string; description: string } {
  return lang === 'zh'
    ? { name: SITE.nameZh, description: SITE.descriptionZh }
    : { name: SITE.name, description: SITE.description };
}
