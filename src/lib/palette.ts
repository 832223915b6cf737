import postcss, { type Rule } from 'postcss';

/** Sets each custom property a rule declares in `palette`, its value's white space folded. */
function readCustomProperties(rule: Rule, palette: Map<string, string>): void {
  rule.walkDecls(/^--/, (decl) => void palette.set(decl.prop, decl.value.replace(/\s+/g, ' ').trim()));
}

/** The custom properties of the first `:root` rule of a stylesheet: the site's light palette. */
export function paletteFrom(css: string): Map<string, string> {
  const palette = new Map<string, string>();
  let found = false;
  postcss.parse(css).walkRules((rule) => {
    if (found || rule.selector !== ':root' || rule.parent?.type !== 'root') return;
    found = true;
    readCustomProperties(rule, palette);
  });
  if (!found) throw new Error('The site stylesheet has no top-level :root rule to take the palette from');
  return palette;
}

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
      readCustomProperties(rule, palette);
    });
  });
  if (!found)
    throw new Error(
      'The site stylesheet has no :root rule inside @media (prefers-color-scheme: dark) to take the dark palette from',
    );
  return palette;
}
