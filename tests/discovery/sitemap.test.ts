import { describe, expect, it } from 'vitest';
import { inSitemap, sitemapOptions, storyLastmods } from '../../src/discovery/sitemap';
import { scratchDirs } from '../support/scratch-dirs';

const scratch = scratchDirs('sitemap');
const siteBase = new URL('https://example.org/nmg/');
const story = (slug: string, dates: string) => `---\ntitle: A story\nslug: ${slug}\n${dates}\n---\n\nText.\n`;

describe('inSitemap(url, siteBase)', () => {
  it.each([
    ['https://example.org/nmg/', true],
    ['https://example.org/nmg/stories/pocket-parks/', true],
    ['https://example.org/nmg/figures/', true],
    ['https://example.org/nmg/sources/', true],
    ['https://example.org/nmg/sources/nmg-work-report-2024/', true],
    ['https://example.org/nmg/stories/pocket-parks/parks-built/', false],
    ['https://example.org/nmg/stories/pocket-parks/parks-built', false],
    ['https://example.org/nmg/zh/', true],
    ['https://example.org/nmg/zh/stories/pocket-parks/', true],
    ['https://example.org/nmg/zh/stories/pocket-parks/parks-built/', false],
    ['https://example.org/nmg/zh/404/', false],
    ['https://example.org/other/', false],
    ['https://example.org/nmgx/', false],
    ['https://elsewhere.example/nmg/', false],
  ])('%s: %s', (url, expected) => {
    expect(inSitemap(url, siteBase)).toBe(expected);
  });
});

describe('storyLastmods(dir)', () => {
  it('gives each story its updated date, or its published date when it has none', () => {
    const dir = scratch({
      'a.md': story('parks', 'published: 2024-09-02'),
      'b.md': story('industry', 'published: 2024-07-10\nupdated: "2024-07-12"'),
      'notes.txt': 'not a story',
    });
    expect(storyLastmods(dir)).toEqual(
      new Map([
        ['parks', '2024-09-02'],
        ['industry', '2024-07-12'],
      ]),
    );
  });

  it('leaves out a story whose frontmatter the stories collection will reject, so that error is the one reported', () => {
    const dir = scratch({
      'no-frontmatter.md': 'Text only.\n',
      'bad-yaml.md': '---\nslug: [unclosed\n---\n',
      'bad-date.md': story('bad-date', 'published: July 2024'),
      'no-slug.md': '---\npublished: 2024-07-10\n---\n',
    });
    expect(storyLastmods(dir)).toEqual(new Map());
  });

  it('fails on two stories with one slug, naming both files', () => {
    const dir = scratch({
      'a.md': story('parks', 'published: 2024-09-02'),
      'b.md': story('parks', 'published: 2024-09-03'),
    });
    expect(() => storyLastmods(dir)).toThrow(
      /b\.md: slug "parks" is also the slug of .*a\.md; each story needs its own/,
    );
  });
});

describe('sitemapOptions(siteBase, storiesDir)', () => {
  const options = () => sitemapOptions(siteBase, scratch({ 'a.md': story('parks', 'published: 2024-09-02') }));

  it("adds a story's lastmod to its page only", () => {
    const { serialize } = options();
    expect(serialize({ url: 'https://example.org/nmg/stories/parks/' })).toEqual({
      url: 'https://example.org/nmg/stories/parks/',
      lastmod: '2024-09-02',
    });
    expect(serialize({ url: 'https://example.org/nmg/stories/other/' })).toEqual({
      url: 'https://example.org/nmg/stories/other/',
    });
    expect(serialize({ url: 'https://example.org/nmg/figures/' })).toEqual({ url: 'https://example.org/nmg/figures/' });
    expect(serialize({ url: 'https://example.org/nmg/zh/stories/parks/' })).toEqual({
      url: 'https://example.org/nmg/zh/stories/parks/',
      lastmod: '2024-09-02',
    });
  });

  it('lists each page with its counterpart in the other edition, under /zh/', () => {
    expect(options().i18n).toEqual({ defaultLocale: 'en', locales: { en: 'en', zh: 'zh-Hans' } });
    expect(options().namespaces.xhtml).toBe(true);
  });

  it('filters out step pages', () => {
    const { filter } = options();
    expect(filter('https://example.org/nmg/stories/parks/')).toBe(true);
    expect(filter('https://example.org/nmg/stories/parks/built/')).toBe(false);
  });
});
