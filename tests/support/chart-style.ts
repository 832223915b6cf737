import postcss from 'postcss';
import { parse } from 'svelte/compiler';

/** The declarations of the rules in a Svelte component's `<style>` that list `selector` (exactly) among theirs. */
export function styleFor(source: string, selector: string): Record<string, string> {
  const css = parse(source, { modern: true }).css?.content.styles ?? '';
  const declarations: Record<string, string> = {};
  postcss.parse(css).walkRules((rule) => {
    if (!rule.selectors.includes(selector)) return;
    rule.walkDecls((declaration) => {
      declarations[declaration.prop] = declaration.value;
    });
  });
  return declarations;
}
