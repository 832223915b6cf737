import postcss, { type AtRule, type Container, type Document } from 'postcss';
import { parse } from 'svelte/compiler';

/**
 * The declarations of the rules in a Svelte component's `<style>` that list `selector` (exactly) among theirs, but not
 * those in `@starting-style`: the style an element a step adds starts from, not the one it has.
 */
export function styleFor(source: string, selector: string): Record<string, string> {
  const css = parse(source, { modern: true }).css?.content.styles ?? '';
  const declarations: Record<string, string> = {};
  postcss.parse(css).walkRules((rule) => {
    if (!rule.selectors.includes(selector) || isStartingStyle(rule.parent)) return;
    rule.walkDecls((declaration) => {
      declarations[declaration.prop] = declaration.value;
    });
  });
  return declarations;
}

function isStartingStyle(node: Container | Document | undefined): boolean {
  return node?.type === 'atrule' && (node as AtRule).name === 'starting-style';
}
