import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { paletteFrom } from './palette';

/** The stylesheet that defines the site's palettes. */
export const GLOBAL_CSS = resolve(process.cwd(), 'src/styles/global.css');

/** The light palette's page background and accent, as browsers and installed apps colour the site's frame. */
export interface Palette {
  background: string;
  accent: string;
}

/** Reads the light palette's --bg and --accent, which must be hex colours, from the stylesheet text `css` of `file`. */
export function lightPalette(css: string, file: string = GLOBAL_CSS): Palette {
  const palette = paletteFrom(css);
  const colour = (name: string) => {
    const value = palette.get(`--${name}`);
    if (value === undefined || !/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(value)) {
      const where = relative(process.cwd(), file) || file;
      throw new Error(
        `${where}: the light palette's --${name} must be a hex colour such as #fdfcf9, not ${value ?? 'missing'}`,
      );
    }
    return value;
  };
  return { background: colour('bg'), accent: colour('accent') };
}

/** The light palette of the site's own stylesheet. */
export function sitePalette(): Palette {
  return lightPalette(readFileSync(GLOBAL_CSS, 'utf8'));
}
