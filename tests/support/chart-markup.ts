import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { format } from 'prettier';

// Svelte scopes a component's styles with a class hashed from its CSS. The snapshot does not show the CSS, so the
// hash would change every snapshot of a chart on any style edit while showing the reviewer nothing.
const SCOPE_CLASS = /^svelte-[a-z0-9]+$/;
const DECIMAL = /-?\d*\.\d+/g;

/** A number to six significant digits: far below a pixel, and free of floating-point noise such as 235.1999999999999. */
function round(value: number): number {
  return Number(value.toPrecision(6));
}

/** Rounds the decimals longer than six significant digits in an attribute value (a path, a transform, a coordinate). */
export function roundDecimals(value: string): string {
  return value.replace(DECIMAL, (decimal) => {
    const rounded = round(Number(decimal));
    return rounded === Number(decimal) ? decimal : String(rounded);
  });
}

/** The nodes without comments (Svelte's hydration markers) and scoping classes, with attribute decimals rounded. */
function normalize(nodes: RootContent[]): RootContent[] {
  return nodes
    .filter((node) => node.type !== 'comment')
    .map((node) => {
      if (node.type !== 'element') return node;
      const properties: Element['properties'] = {};
      for (const [name, value] of Object.entries(node.properties)) {
        if (name === 'className' && Array.isArray(value)) {
          const kept = value.map(String).filter((token) => !SCOPE_CLASS.test(token));
          if (kept.length > 0) properties.className = kept;
        } else if (typeof value === 'number') properties[name] = round(value);
        else if (typeof value === 'string') properties[name] = roundDecimals(value);
        else if (Array.isArray(value)) properties[name] = value.map((token) => roundDecimals(String(token)));
        else properties[name] = value;
      }
      return { ...node, properties, children: normalize(node.children) as Element['children'] };
    });
}

/** Server-rendered chart markup as its snapshot keeps it: comments and scoping classes gone, one element a line. */
export async function snapshotMarkup(html: string): Promise<string> {
  const tree = fromHtml(html, { fragment: true });
  const normalized: Root = { ...tree, children: normalize(tree.children) };
  // Attribute values stay as rendered, quotes and all (path('M…') in a style), rather than escaped or reformatted
  // as CSS; every Prettier option is given, so the repository's settings can change without touching a snapshot.
  const markup = toHtml(normalized, {
    allowDangerousCharacters: true,
    characterReferences: { useNamedReferences: true },
  });
  return format(markup, {
    parser: 'html',
    printWidth: 120,
    tabWidth: 2,
    useTabs: false,
    htmlWhitespaceSensitivity: 'css',
    bracketSameLine: false,
    singleAttributePerLine: false,
    endOfLine: 'lf',
    embeddedLanguageFormatting: 'off',
  });
}
