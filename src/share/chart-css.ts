import postcss, { type Rule } from 'postcss';

/** Where a chart's CSS turns its marks: elements matching `selector` transform around `origin` of their `box`. */
export interface OriginRule {
  selector: string;
  box: string;
  origin: string;
}

/** A chart's CSS cut down to what a static SVG renderer reads, plus the transform origins it sets. */
export interface StaticCss {
  css: string;
  origins: OriginRule[];
}

// The presentation properties of drawn SVG; layout, motion and interaction styles mean nothing in a still image.
const KEPT = new Set([
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'opacity',
  'paint-order',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
  'display',
  'visibility',
]);

/** Replaces every var(--name) in a CSS value with the palette's value; an unknown name is an error. */
export function resolveVars(value: string, palette: ReadonlyMap<string, string>): string {
  return value.replace(/var\(\s*(--[\w-]+)\s*(?:,([^)]*))?\)/g, (_whole, name: string, fallback?: string) => {
    const resolved = palette.get(name) ?? fallback?.trim();
    if (resolved === undefined) throw new Error(`CSS uses var(${name}), which the palette does not define`);
    return resolveVars(resolved, palette);
  });
}

/** True for a rule that sits at the top level of its sheet, not in @media or @keyframes. */
function topLevel(rule: Rule): boolean {
  return rule.parent?.type === 'root';
}

/** Cuts component styles down to the static SVG presentation they give, with palette colours in place of variables. */
export function staticChartCss(styles: readonly string[], palette: ReadonlyMap<string, string>): StaticCss {
  const out = postcss.root();
  const origins: OriginRule[] = [];
  for (const style of styles) {
    postcss.parse(style).walkRules((rule) => {
      // Pseudo-classes (:focus-visible, :hover) and Svelte's :global() describe interaction, not the still picture.
      const selectors = rule.selectors.filter((selector) => !selector.includes(':'));
      if (!topLevel(rule) || selectors.length === 0) return;
      const kept = postcss.rule({ selectors });
      let box = 'view-box';
      let origin = '';
      rule.walkDecls((decl) => {
        if (decl.prop === 'transform-box') box = decl.value;
        else if (decl.prop === 'transform-origin') origin = decl.value;
        else if (KEPT.has(decl.prop)) kept.append({ prop: decl.prop, value: resolveVars(decl.value, palette) });
      });
      if (origin) for (const selector of selectors) origins.push({ selector, box, origin });
      if (kept.nodes.length > 0) out.append(kept);
    });
  }
  return { css: out.toString(), origins };
}
