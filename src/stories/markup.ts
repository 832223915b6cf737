import type { Root as HastRoot } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';
import type { Link, Definition, Nodes, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { withBase } from '../lib/urls';

// What a story may contain is an allow-list: a construct not named here fails the build with what to write instead.
// A deny-list of dangerous HTML cannot be complete (a meta refresh, <base>, <form action> and comments all slipped by).

/** Node types a story may use as they are; directives are checked by the transform, links and headings below. */
const ALLOWED = new Set([
  'root',
  'paragraph',
  'text',
  'heading',
  'emphasis',
  'strong',
  'list',
  'listItem',
  'blockquote',
  'link',
  'linkReference',
  'definition',
  'textDirective',
  'leafDirective',
  'containerDirective',
]);

const IMAGE =
  'images are not allowed in a story (the site shows none, and a feed reader would fetch them from wherever they point); a story’s pictures are its charts: draw one with a ::::scrolly block';

/** What each construct the site does not render says to write instead. */
const REFUSED: Record<string, string> = {
  image: IMAGE,
  imageReference: IMAGE,
  code: 'code blocks are not allowed in a story; write the words as prose',
  inlineCode: 'inline code (`…`) is not allowed in a story; write the words as plain text',
  thematicBreak: 'a horizontal rule (---, ***) is not allowed in a story; start a new part with a ## heading',
  table:
    'a table is not allowed in a story; show the numbers in a chart (a ::::scrolly block), which has its own data table',
  delete: 'strikethrough (~~…~~) is not allowed in a story; leave out what is not meant',
  footnoteReference:
    'a footnote is not allowed in a story; cite an outside fact with :ctx[fact-id], and put an editor’s note on the figure in data/figures/',
  footnoteDefinition:
    'a footnote is not allowed in a story; cite an outside fact with :ctx[fact-id], and put an editor’s note on the figure in data/figures/',
  break:
    'a line break (two spaces or a backslash at the end of a line) is not allowed in a story; end the paragraph with a blank line, or join the lines',
};

/** The message for raw HTML: comments, and elements named by their tag. */
function htmlMessage(html: string): string {
  if (html.trimStart().startsWith('<!--'))
    return 'an HTML comment is not allowed in a story: it would be published in the page and the feed, and a :fig inside it is never checked; delete it, or keep notes outside stories/';
  const tag = /<\/?\s*([a-z][^\s/>]*)/i.exec(html)?.[1]?.toLowerCase();
  return `raw HTML${tag ? ` <${tag}>` : ''} is not allowed in a story; write Markdown (*emphasis*, **strong**, [text](https://…), > quotes, lists), cite figures with :fig[id], and draw charts with ::::scrolly blocks`;
}

// An address no story link can reach, to read a link the way a browser would (tabs and newlines dropped, case folded).
const PROBE = 'https://story.invalid/stories/story/';
const SITE = new URL(PROBE).origin;

/**
 * The address a story link is published with, or why it is refused: `#fragment`s on the page; this site's own pages
 * written from its root (`/sources/…/`), which get the base path; and https: pages anywhere.
 */
export function storyLinkHref(
  url: string,
  base: string = import.meta.env.BASE_URL,
): { href: string } | { refused: string } {
  const written = `link to "${url}"`;
  if (url.startsWith('#')) return { href: url };
  if (!URL.canParse(url, PROBE)) return { refused: `${written} is not a valid address` };
  // Browsers drop tabs and newlines anywhere in an address, so "java\tscript:" has a scheme too.
  const scheme = /^[a-z][a-z\d+.-]*:/i.test(url.replace(/[\t\n\r]/g, '').trim());
  const resolved = scheme ? new URL(url) : new URL(url, PROBE);
  if (!scheme && resolved.origin === SITE) {
    if (/^\/(?![/\\])/.test(url)) return { href: withBase(url, base) };
    return {
      refused: `${written}: write a link to this site’s own pages from its root, e.g. /sources/nmg-work-report-2024/ (the build adds the base path), so it works on the story, its step pages and in the feed`,
    };
  }
  if (resolved.protocol === 'http:' || (resolved.protocol === 'https:' && !/^https:\/\//i.test(url)))
    return { refused: `${written}: write the full secure address, https://${resolved.host}${resolved.pathname}…` };
  if (resolved.protocol !== 'https:')
    return {
      refused: `${written}: a story may link only to https: pages and to this site’s own pages (/…, #…), not to ${resolved.protocol} addresses`,
    };
  return { href: url };
}

/**
 * Checks every node of a story's syntax tree against what a story may contain, reporting each refusal through `fail`
 * (all of them, not the first); gives links to the site's own pages the base path.
 */
export function checkMarkup(tree: Root, fail: (node: Nodes, message: string) => void): void {
  const reported = new Set<string>();
  // Inline HTML comes as one node per tag: <span> and </span> on one line are one mistake.
  const failOnce = (node: Nodes, message: string) => {
    const key = `${node.position?.start.line}\n${message}`;
    if (!reported.has(key)) fail(node, message);
    reported.add(key);
  };
  visit(tree, (node) => {
    if (node.type === 'heading' && node.depth === 1)
      fail(
        node,
        'a # heading is not allowed in a story: the title is the page’s only top-level heading; use ## for a part',
      );
    else if (node.type === 'listItem' && typeof node.checked === 'boolean')
      fail(node, 'a task list item ([ ] or [x]) is not allowed in a story; write a plain list item');
    else if (node.type === 'link' || node.type === 'definition') checkLink(node, fail);
    else if (!ALLOWED.has(node.type)) {
      // One message per construct: a table's rows or a footnote's text add nothing to it.
      failOnce(
        node,
        node.type === 'html'
          ? htmlMessage(node.value)
          : (REFUSED[node.type] ??
              `Markdown of type ${node.type} is not allowed in a story; see “What a story may contain” in README.md`),
      );
      return SKIP;
    }
    return undefined;
  });
}

function checkLink(node: Link | Definition, fail: (node: Nodes, message: string) => void): void {
  const result = storyLinkHref(node.url);
  if ('refused' in result) fail(node, result.refused);
  else node.url = result.href;
}

/**
 * Exactly the HTML a story's transform emits: prose elements, links with the figure and outside-fact citations'
 * attributes, and Chinese spans. The second wall: whatever the checks above let through, nothing else is published.
 */
export const STORY_HTML: Schema = {
  tagNames: ['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'em', 'strong', 'ul', 'ol', 'li', 'blockquote', 'a', 'sup', 'span'],
  attributes: {
    a: ['href', 'title', ['className', 'fig-ref'], 'dataFigure', 'ariaLabel'],
    ol: ['start'],
    span: [
      ['lang', 'zh-Hans'],
      ['translate', 'no'],
    ],
    sup: [['className', 'ctx-ref']],
  },
  protocols: { href: ['https'] },
  strip: ['script', 'style'],
  clobber: [],
};

/** A story's rendered HTML tree with everything outside STORY_HTML removed. */
export function sanitizeStoryHtml(tree: HastRoot): HastRoot {
  return sanitize(tree, STORY_HTML) as HastRoot;
}
