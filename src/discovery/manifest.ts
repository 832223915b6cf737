import { withBase, iconPath } from '../lib/urls';
import { SITE } from '../lib/site';
import { EDITIONS } from '../lib/editions';
import { ICONS } from './icons';
import type { Palette } from '../lib/site-palette';

/** The web app manifest: names, start and scope at the base path, the light palette's colours, and its icons. */
export function webManifest(base: string, palette: Palette) {
  return {
    name: SITE.name,
    short_name: SITE.shortName,
    description: SITE.description,
    lang: EDITIONS.en.html,
    start_url: withBase('/', base),
    scope: withBase('/', base),
    // A reading site: opened from the home screen it keeps the browser's address bar, so links can be shared.
    display: 'browser',
    background_color: palette.background,
    theme_color: palette.accent,
    icons: ICONS.filter((icon) => icon.use === 'manifest').map(({ size }) => ({
      src: withBase(iconPath(size), base),
      sizes: `${size}x${size}`,
      type: 'image/png',
      purpose: 'any',
    })),
  };
}
