import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { builtHtml, builtPages, DIST } from '../../scripts/built-pages';
import { storiesOnDisk } from './stories-on-disk';

// The two editions as the built files have them, with no browser: every page in both languages, each naming the
// other. Runs once, in the files project (playwright.config.ts).

const LANGS = { en: { html: 'en', og: 'en_GB' }, zh: { html: 'zh-Hans', og: 'zh_CN' } } as const;

/** The built file an absolute or site-absolute address on the site serves, relative to the site's folder. */
function fileOf(address: string): string {
  const path = decodeURIComponent(new URL(address, 'http://site.invalid').pathname).replace(/^\//, '');
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

test.describe('two editions', () => {
  const pages = builtPages().filter((page) => page.kind !== 'step-share');

  test('every page of either edition has its counterpart in the other, at the same path under /zh/', () => {
    const files = new Set(pages.map((page) => page.file));
    const missing = pages
      .map((page) => (page.lang === 'zh' ? page.file.replace(/^zh\//, '') : `zh/${page.file}`))
      .filter((file) => !files.has(file));
    expect(missing).toEqual([]);
    expect(pages.filter((page) => page.lang === 'zh').length).toBe(pages.length / 2);
  });

  for (const page of pages) {
    test(`${page.file}: says its language, names both editions and links to the other one`, () => {
      const tree = fromHtml(builtHtml(page));
      const own = LANGS[page.lang];
      expect(select('html', tree)?.properties.lang).toBe(own.html);
      expect(select('meta[property="og:locale"]', tree)?.properties.content).toBe(own.og);
      const other = page.lang === 'en' ? LANGS.zh : LANGS.en;
      expect(select('meta[property="og:locale:alternate"]', tree)?.properties.content).toBe(other.og);
      // hreflang for both editions and x-default (English), absolute, each a page the build wrote.
      const alternates = Object.fromEntries(
        selectAll('link[rel="alternate"][hreflang]', tree).map((link) => [
          String(link.properties.hrefLang),
          String(link.properties.href),
        ]),
      );
      expect(Object.keys(alternates).sort()).toEqual(['en', 'x-default', 'zh-Hans']);
      expect(alternates['x-default']).toBe(alternates.en);
      for (const href of Object.values(alternates)) {
        expect(href, 'absolute').toMatch(/^https?:\/\//);
        expect(existsSync(join(DIST, fileOf(href))), `${href} is built`).toBe(true);
      }
      const canonical = String(select('link[rel="canonical"]', tree)?.properties.href);
      expect(alternates[own.html], 'its own edition is its canonical address').toBe(canonical);
      // The switch: a plain link to the same page in the other edition, in that edition's language.
      const link = select('a[data-edition-switch]', tree)!;
      expect(link.properties).toMatchObject({ hrefLang: other.html, lang: other.html, translate: 'no' });
      const target = page.lang === 'en' ? `zh/${page.file}` : page.file.replace(/^zh\//, '');
      expect(fileOf(String(link.properties.href))).toBe(target);
    });
  }

  test('the Chinese feed is zh/rss.xml, named on every Chinese page', () => {
    expect(existsSync(join(DIST, 'zh/rss.xml'))).toBe(true);
    for (const page of pages.filter((built) => built.lang === 'zh')) {
      const feed = select('link[type="application/rss+xml"]', fromHtml(builtHtml(page)));
      expect(fileOf(String(feed?.properties.href)), page.file).toBe('zh/rss.xml');
    }
  });

  test('every story’s Chinese page carries its Chinese title and dek, and its JSON-LD says it is in Chinese', () => {
    for (const story of storiesOnDisk()) {
      const tree = fromHtml(
        builtHtml({ file: `zh/stories/${story.slug}/index.html`, path: '', kind: 'story', lang: 'zh' }),
      );
      expect(
        select('h1', tree)
          ?.children.map((node) => ('value' in node ? node.value : ''))
          .join(''),
      ).toBe(story.zh.title);
      expect(select('meta[name="description"]', tree)?.properties.content).toBe(story.zh.dek);
      const jsonLd = JSON.parse(
        String((select('script[type="application/ld+json"]', tree)?.children[0] as { value: string }).value),
      );
      expect(jsonLd).toMatchObject({ inLanguage: 'zh-Hans', headline: story.zh.title });
    }
  });
});
