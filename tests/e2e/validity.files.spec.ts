import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { HtmlValidate } from 'html-validate';
import { builtHtml, builtPages, DIST } from '../../scripts/built-pages';
import { cssLoads, fromSite } from '../support/site-loads';

// Checks of the built files themselves, with no browser: markup validity, layout stability and where fonts come from.
// They run once, in the files project (playwright.config.ts).

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Charts place each mark with a style attribute, a CSS transform that transitions from step to step; the
    // Content-Security-Policy allows style attributes for exactly that (style-src-attr).
    'no-inline-style': 'off',
    // Svelte's server renderer writes void elements as <img />, Astro's as <img>: both are valid HTML, and which one
    // is a matter of taste, not of correctness.
    'void-style': 'off',
    // A title names the page, its story and the site, and a story's title may run to 120 characters by design
    // (src/stories/frontmatter.ts); search engines shorten long titles for display, which does not make them wrong.
    'long-title': 'off',
    // The figure filters apply as each select changes, which changes no context (WCAG 3.2.2), and the form is never
    // submitted: there is nothing for a submit button (technique H32) to do.
    'wcag/h32': 'off',
  },
});

/** Every built page, parsed, with its file name. */
const parsedPages = () => builtPages().map((page) => ({ file: page.file, tree: fromHtml(builtHtml(page)) }));

/** The <svg> elements of a page that stand in its HTML, not inside another SVG. */
function outermostSvgs(tree: Root): Element[] {
  const nested = new Set(selectAll('svg svg', tree));
  return selectAll('svg', tree).filter((svg) => !nested.has(svg));
}

// The <link> relations that make a browser fetch (or connect to) the address they name.
const FETCHING_LINKS = [
  'stylesheet',
  'preload',
  'modulepreload',
  'prefetch',
  'preconnect',
  'dns-prefetch',
  'icon',
  'apple-touch-icon',
  'manifest',
];

test.describe('built pages', () => {
  // One test a page, so a failure names its page and no test grows with the site.
  for (const page of builtPages()) {
    test(`${page.file} passes html-validate`, async () => {
      const html = builtHtml(page);
      const report = await validator.validateString(html, page.file);
      const errors = report.results
        .flatMap((result) => result.messages)
        .map((message) => `${page.file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      expect(errors).toEqual([]);
    });
  }

  test('every <img> has a width and a height, and every inline <svg> a viewBox, so nothing shifts as it loads', () => {
    const missing: string[] = [];
    for (const { file, tree } of parsedPages()) {
      for (const img of selectAll('img', tree)) {
        if (img.properties.width === undefined || img.properties.height === undefined)
          missing.push(`${file}: <img src="${img.properties.src}"> has no width or height`);
      }
      for (const svg of outermostSvgs(tree)) {
        if (svg.properties.viewBox === undefined)
          missing.push(`${file}: <svg ${JSON.stringify(svg.properties).slice(0, 80)}> has no viewBox`);
      }
    }
    expect(missing).toEqual([]);
  });

  test('every <use> shows an element the build has, in the page or in a file of the site, so no map loses its borders', () => {
    const missing: string[] = [];
    const ids = new Map<string, Set<string>>();
    const idsIn = (file: string) => {
      if (!ids.has(file)) {
        const text = existsSync(join(DIST, file)) ? readFileSync(join(DIST, file), 'utf8') : '';
        ids.set(file, new Set([...text.matchAll(/\bid="([^"]+)"/g)].map((match) => match[1]!)));
      }
      return ids.get(file)!;
    };
    let external = 0;
    for (const { file, tree } of parsedPages()) {
      const own = new Set(selectAll('[id]', tree).map((element) => String(element.properties.id)));
      for (const use of selectAll('use', tree)) {
        const href = String(use.properties.href ?? '');
        const [path, id = ''] = href.split('#');
        if (path) external += 1;
        if (!(path ? fromSite(path) && idsIn(path).has(id) : own.has(id)))
          missing.push(`${file}: <use href="${href}">`);
      }
    }
    expect(missing).toEqual([]);
    expect(external, 'maps that show the base map from its file').toBeGreaterThan(0);
  });

  test('on English pages, Chinese stands in elements marked lang="zh-Hans" translate="no", so browsers neither misread nor rewrite verbatim quotes', () => {
    const problems: string[] = [];
    /** Walks an element's subtree, knowing the language in force and whether translation is off. */
    const walk = (node: Root | Element, file: string, lang: string, untranslated: boolean) => {
      for (const child of node.children) {
        if (child.type === 'text' && /\p{Script=Han}/u.test(child.value) && !(lang === 'zh-Hans' && untranslated))
          problems.push(
            `${file}: "${child.value.trim().slice(0, 30)}" is in lang="${lang}"${untranslated ? '' : ' without translate="no"'}`,
          );
        if (child.type !== 'element' || ['script', 'style', 'template'].includes(child.tagName)) continue;
        const own = typeof child.properties.lang === 'string' ? child.properties.lang : lang;
        if (own === 'zh-Hans' && child.properties.lang && child.properties.translate !== 'no')
          problems.push(`${file}: <${child.tagName} lang="zh-Hans"> without translate="no"`);
        walk(child, file, own, untranslated || child.properties.translate === 'no');
      }
    };
    for (const { file, tree } of parsedPages()) {
      const html = selectAll('html', tree)[0]!;
      if (html.properties.lang === 'en') walk(html, file, 'en', false);
    }
    expect([...new Set(problems)]).toEqual([]);
  });

  test('on Chinese pages, an English word stands only in an element marked lang="en", so the Chinese edition is Chinese', () => {
    // A lower-case Latin word of three letters or more is English left in a Chinese page (GDP, 5G, BDO and kW are not).
    // The documents' own words may hold one (a stray "and" a conversion left in a headline): quoted in “ ” or marked
    // translate="no", they are not the page's.
    const english = /\b[a-z]{3,}\b/;
    const problems: string[] = [];
    const walk = (node: Root | Element, file: string, lang: string) => {
      for (const child of node.children) {
        if (child.type === 'text' && lang === 'zh-Hans' && english.test(child.value.replace(/“[^”]*”/g, '')))
          problems.push(`${file}: "${child.value.trim().slice(0, 40)}"`);
        if (child.type !== 'element' || ['script', 'style', 'template'].includes(child.tagName)) continue;
        if (child.properties.translate === 'no' && lang === 'zh-Hans') continue;
        walk(child, file, typeof child.properties.lang === 'string' ? child.properties.lang : lang);
      }
    };
    for (const { file, tree } of parsedPages()) {
      const html = selectAll('html', tree)[0]!;
      if (html.properties.lang === 'zh-Hans') walk(html, file, 'zh-Hans');
    }
    expect([...new Set(problems)]).toEqual([]);
  });

  test('no space or line break stands between two Chinese characters, where a browser would draw it as a gap', () => {
    // Markdown's soft line breaks and Astro's HTML compression each turn a line break in Chinese into a space; any
    // white space left between two Han characters, in one text node or across the inline elements of one block, shows.
    // Verbatim quotes (block quotes, and text marked translate="no": quotes, names, a source's own text) keep the
    // spaces their document prints, as in its headlines.
    const gap = /\p{Script=Han}[ \t\n\r]+\p{Script=Han}/u;
    const blocks = 'p, li, h1, h2, h3, h4, dt, dd, td, th, figcaption, title, text, option, label, a';
    /** A block's own words, each verbatim quote in it standing as one mark that is not Han. */
    const ownText = (node: Element | Root['children'][number]): string => {
      if (node.type === 'text') return node.value;
      if (node.type !== 'element' || ['script', 'style'].includes(node.tagName)) return '';
      if (node.tagName === 'blockquote' || node.properties.translate === 'no') return '|';
      return node.children.map(ownText).join('');
    };
    const problems: string[] = [];
    for (const { file, tree } of parsedPages()) {
      const verbatim = new Set(selectAll('blockquote *, [translate="no"], [translate="no"] *', tree));
      for (const block of selectAll(blocks, tree).filter((element) => !verbatim.has(element))) {
        const text = ownText(block);
        const found = gap.exec(text);
        if (found)
          problems.push(
            `${file}: <${block.tagName}> "…${text.slice(Math.max(0, found.index - 10), found.index + 12)}…"`,
          );
      }
    }
    expect([...new Set(problems)]).toEqual([]);
  });

  test('no font or stylesheet is loaded from anywhere but the site', () => {
    const offSite: string[] = [];
    for (const { file, tree } of parsedPages()) {
      for (const link of selectAll('link[href]', tree)) {
        const rels = (link.properties.rel as string[] | undefined) ?? [];
        const href = String(link.properties.href);
        if (rels.some((rel) => FETCHING_LINKS.includes(rel)) && !fromSite(href))
          offSite.push(`${file}: <link rel="${rels.join(' ')}" href="${href}">`);
      }
      for (const style of selectAll('style', tree)) {
        for (const address of cssLoads(toString(style)))
          if (!fromSite(address)) offSite.push(`${file}: inline <style> loads ${address}`);
      }
    }
    const sheets = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.css'));
    expect(sheets.length, 'stylesheets in the build').toBeGreaterThan(0);
    for (const sheet of sheets) {
      for (const address of cssLoads(readFileSync(join(DIST, sheet), 'utf8')))
        if (!fromSite(address)) offSite.push(`${sheet} loads ${address}`);
    }
    expect(offSite).toEqual([]);
  });
});
