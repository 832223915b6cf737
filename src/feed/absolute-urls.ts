import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';

/** The attributes holding one URL each that a feed reader would otherwise resolve against the feed, not the page. */
const URL_ATTRIBUTES = ['href', 'src'] as const;

/** Rewrites every href and src in an HTML fragment to an absolute URL, resolved against the page it comes from. */
export function absoluteUrls(html: string, pageUrl: string | URL): string {
  const tree: Root = fromHtml(html, { fragment: true });
  visit(tree, 'element', (element: Element) => {
    for (const name of URL_ATTRIBUTES) {
      const value = element.properties[name];
      if (typeof value !== 'string') continue;
      if (!URL.canParse(value.trim(), pageUrl))
        throw new Error(`${pageUrl}: <${element.tagName} ${name}="${value}"> is not a URL`);
      element.properties[name] = new URL(value.trim(), pageUrl).href;
    }
  });
  return toHtml(tree);
}
