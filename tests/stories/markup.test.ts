import type { Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { checkMarkup, sanitizeStoryHtml, storyLinkHref } from '../../src/stories/markup';

const SITE_LINK =
  'write a link to this site’s own pages from its root, e.g. /sources/nmg-work-report-2024/ (the build adds the base path), so it works on the story, its step pages and in the feed';

const SCHEME = (scheme: string) =>
  `a story may link only to https: pages and to this site’s own pages (/…, #…), not to ${scheme} addresses`;

describe('storyLinkHref(url, base)', () => {
  it.each([
    ['a fragment on the page', '#fact-x', '#fact-x'],
    ['a page of the site, given the base path', '/sources/x/#p-1', '/some-path/sources/x/#p-1'],
    ['an https: page', 'https://www.nea.gov.cn/a?b=1&c=2', 'https://www.nea.gov.cn/a?b=1&c=2'],
    ['an https: page written in capitals', 'HTTPS://EXAMPLE.ORG/', 'HTTPS://EXAMPLE.ORG/'],
  ])('keeps %s', (_case, url, href) => {
    expect(storyLinkHref(url, '/some-path/')).toEqual({ href });
  });

  it.each([
    ['javascript:', 'javascript:alert(1)', SCHEME('javascript:')],
    ['javascript: in capitals', 'JavaScript:alert(1)', SCHEME('javascript:')],
    ['javascript: split by a tab', 'java\tscript:alert(1)', SCHEME('javascript:')],
    ['data:', 'data:text/html,<script>alert(1)</script>', SCHEME('data:')],
    ['mailto:', 'mailto:desk@example.org', SCHEME('mailto:')],
    ['vbscript:', 'vbscript:msgbox', SCHEME('vbscript:')],
    ['http:', 'http://example.org/a', 'write the full secure address, https://example.org/a…'],
    ['https: without slashes', 'https:example.org', 'write the full secure address, https://example.org/…'],
    ['another host without a scheme', '//evil.example/a', 'write the full secure address, https://evil.example/a…'],
    [
      'a backslash that browsers read as //',
      '/\\evil.example',
      'write the full secure address, https://evil.example/…',
    ],
    ['a path relative to the page', '../../sources/x/', SITE_LINK],
    ['a query on the page', '?q=1', SITE_LINK],
    ['a bare file name', 'figures.csv', SITE_LINK],
  ])('refuses %s', (_case, url, message) => {
    expect(storyLinkHref(url, '/')).toEqual({ refused: `link to "${url}": ${message}` });
  });
});

const parse = (markdown: string) =>
  unified().use(remarkParse).use(remarkGfm).use(remarkDirective).parse(markdown) as Root;

/** The lines and messages checkMarkup reports for a Markdown body. */
function refusals(markdown: string): string[] {
  const found: string[] = [];
  checkMarkup(parse(markdown), (node, message) => found.push(`${node.position?.start.line}: ${message}`));
  return found;
}

const RAW = (tag: string) =>
  `raw HTML <${tag}> is not allowed in a story; write Markdown (*emphasis*, **strong**, [text](https://…), > quotes, lists), cite figures with :fig[id], and draw charts with ::::scrolly blocks`;
const IMAGE =
  'images are not allowed in a story (the site shows none, and a feed reader would fetch them from wherever they point); a story’s pictures are its charts: draw one with a ::::scrolly block';

describe('checkMarkup(tree, fail)', () => {
  it('accepts what the site renders: paragraphs, headings, emphasis, lists, quotes, links, directives', () => {
    const story = [
      '## A part',
      '',
      'Text with *emphasis*, **strength**, “quotes”, a [page](/sources/x/), a [fact](#fact-x) and an',
      '[outside page](https://example.org/), a [reference][r] and :fig[x], :zh[中文] and :ctx[y].',
      '',
      '[r]: https://example.org/r',
      '',
      '- one',
      '- two',
      '',
      '1. first',
      '',
      '> :zh[引文]',
      '',
      '::::scrolly{chart=bars headline="H"}',
      ':::step{#a figures="x"}',
      'Step text.',
      ':::',
      '::::',
    ].join('\n');
    expect(refusals(story)).toEqual([]);
  });

  it.each([
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example/">', [`1: ${RAW('meta')}`]],
    ['a <base>', '<base href="https://evil.example/">', [`1: ${RAW('base')}`]],
    ['a form', 'Text\n\n<form action="https://evil.example/"><input name=q></form>', [`3: ${RAW('form')}`]],
    ['a stylesheet', '<link rel=stylesheet href="https://evil.example/x.css">', [`1: ${RAW('link')}`]],
    ['a raw link, its two tags once', 'A <a href="javascript:alert(1)">link</a>.', [`1: ${RAW('a')}`]],
    ['a harmless-looking tag', 'H<sub>2</sub>O', [`1: ${RAW('sub')}`]],
    [
      'an HTML comment hiding a citation',
      'Text\n\n<!-- :fig[nope] -->',
      [
        '3: an HTML comment is not allowed in a story: it would be published in the page and the feed, and a :fig inside it is never checked; delete it, or keep notes outside stories/',
      ],
    ],
    ['an image from another host', '![](https://evil.example/x.png)', [`1: ${IMAGE}`]],
    ['an image from the site', '![A chart](/share/x.png)', [`1: ${IMAGE}`]],
    ['an image by reference', '![a][i]\n\n[i]: /x.png', [`1: ${IMAGE}`]],
    ['a javascript: link', '[x](javascript:alert(1))', [expect.stringContaining('1: link to "javascript:alert(1)"')]],
    [
      'a javascript: link by reference',
      '[x][r]\n\n[r]: javascript:alert(1)',
      [expect.stringContaining('3: link to "javascript:alert(1)"')],
    ],
    [
      'a bare www. address, which GFM links over http:',
      'See www.example.org.',
      [expect.stringContaining('write the full secure address')],
    ],
    ['an e-mail address, which GFM links', 'Write to desk@example.org.', [expect.stringContaining(SCHEME('mailto:'))]],
    [
      'a table, once',
      '| a | b |\n| - | - |\n| 1 | 2 |',
      [
        '1: a table is not allowed in a story; show the numbers in a chart (a ::::scrolly block), which has its own data table',
      ],
    ],
    ['strikethrough', '~~gone~~', ['1: strikethrough (~~…~~) is not allowed in a story; leave out what is not meant']],
    [
      'a footnote',
      'Text[^1].\n\n[^1]: A note.',
      [
        '1: a footnote is not allowed in a story; cite an outside fact with :ctx[fact-id], and put an editor’s note on the figure in data/figures/',
        '3: a footnote is not allowed in a story; cite an outside fact with :ctx[fact-id], and put an editor’s note on the figure in data/figures/',
      ],
    ],
    ['inline code', 'Run `x`.', ['1: inline code (`…`) is not allowed in a story; write the words as plain text']],
    ['a code block', '```\nx\n```', ['1: code blocks are not allowed in a story; write the words as prose']],
    [
      'a horizontal rule',
      'a\n\n***\n\nb',
      ['3: a horizontal rule (---, ***) is not allowed in a story; start a new part with a ## heading'],
    ],
    [
      'a task list',
      '- [ ] to do',
      ['1: a task list item ([ ] or [x]) is not allowed in a story; write a plain list item'],
    ],
    [
      'a top-level heading',
      '# Title again',
      ['1: a # heading is not allowed in a story: the title is the page’s only top-level heading; use ## for a part'],
    ],
    [
      'a hard line break',
      'one\\\ntwo',
      [
        '1: a line break (two spaces or a backslash at the end of a line) is not allowed in a story; end the paragraph with a blank line, or join the lines',
      ],
    ],
  ])('refuses %s', (_case, markdown, expected) => {
    expect(refusals(markdown)).toEqual(expected);
  });

  it('reports every refusal in a story, not just the first', () => {
    expect(refusals('<b>x</b>\n\n![](/x.png)\n\n[y](http://e.org)')).toHaveLength(3);
  });
});

describe('sanitizeStoryHtml(tree)', () => {
  const clean = (tree: HastRoot) => toHtml(sanitizeStoryHtml(tree));

  it('keeps what the transform emits', () => {
    const tree = h(null, [
      h('h2', 'Part'),
      h('p', [
        h('a.fig-ref', { href: '/sources/x/#p-1', dataFigure: 'x', title: 'Label, 2024' }, '7.2%'),
        h('sup.ctx-ref', h('a', { href: '#fact-y', ariaLabel: 'cited outside source' }, 'source')),
        h('span', { lang: 'zh-Hans', translate: 'no' }, '中文'),
        h('a', { href: 'https://example.org/' }, 'out'),
      ]),
      h('ol', { start: 2 }, h('li', h('em', 'a'))),
      h('blockquote', h('p', h('strong', 'b'))),
    ]);
    expect(clean(tree)).toBe(toHtml(tree));
  });

  it.each([
    ['a script', h(null, [h('p', 'a'), h('script', 'alert(1)')]), '<p>a</p>'],
    ['an event handler', h(null, h('p', { onClick: 'alert(1)' }, 'a')), '<p>a</p>'],
    ['a javascript: link', h(null, h('a', { href: 'javascript:alert(1)' }, 'a')), '<a>a</a>'],
    ['an http: link', h(null, h('a', { href: 'http://example.org/' }, 'a')), '<a>a</a>'],
    ['an image', h(null, h('p', [h('img', { src: 'https://evil.example/x.png' }), 'a'])), '<p>a</p>'],
    ['a meta refresh', h(null, h('meta', { httpEquiv: 'refresh', content: '0;url=https://e.org' })), ''],
    ['another class', h(null, h('a.fig-ref.evil', { href: '#x' }, 'a')), '<a class="fig-ref" href="#x">a</a>'],
    ['another language', h(null, h('span', { lang: 'en' }, 'a')), '<span>a</span>'],
  ])('removes %s', (_case, tree, html) => {
    expect(clean(tree)).toBe(html);
  });
});
