import postcss from 'postcss';
import { paletteFrom } from '../share/chart-css';

/**
 * The palette a browser applies under prefers-color-scheme: dark: the light one (the first top-level :root rule) with
 * the custom properties of the :root rules inside @media (prefers-color-scheme: dark) laid over it.
 */
export function darkPaletteFrom(css: string): Map<string, string> {
  const palette = paletteFrom(css);
  let found = false;
  postcss.parse(css).walkAtRules('media', (media) => {
    if (!/prefers-color-scheme\s*:\s*dark/.test(media.params)) return;
    media.walkRules(':root', (rule) => {
      found = true;
      rule.walkDecls(/^--/, (decl) => void palette.set(decl.prop, decl.value.replace(/\s+/g, ' ').trim()));
    });
  });
  if (!found) throw new Error('The site stylesheet has no :root rule inside @media (prefers-color-scheme: dark) to take the dark palette from');
  return palette;
}
