import postcss, { type AtRule, type Container, type Document, type Rule } from 'postcss';
import { parse } from 'svelte/compiler';

/**
 * The declarations of the rules in a Svelte component's `<style>` that list `selector` (exactly) among theirs, but not
 * those in `@starting-style`: the style an element a step adds starts from, not the one it has.
 */
export function styleFor(source: string, selector: string): Record<string, string> {
  const css = parse(source, { modern: true }).css?.content.styles ?? '';
  const declarations: Record<string, string> = {};
  postcss.parse(css).walkRules((rule) => {
    if (!rule.selectors.includes(selector) || inStartingStyle(rule)) return;
    rule.each((child) => {
      if (child.type === 'decl') declarations[child.prop] = child.value;
    });
  });
  return declarations;
}

/** Whether a rule stands in `@starting-style`, however deep (in a media query inside it, say). */
function inStartingStyle(rule: Rule): boolean {
  for (let at: Container | Document | undefined = rule.parent; at; at = at.parent)
    if (at.type === 'atrule' && (at as AtRule).name === 'starting-style') return true;
  return false;
}
