/**
 * The site's two editions, in one module: what each is called in markup and feeds, and where its pages live. English
 * is at the site's root; Chinese is the same tree under /zh/ (lowercase: hosts are case-sensitive and Astro lowercases
 * locales in its helpers), with the same slugs and step ids, so every address maps one to one.
 */

/** The editions the site is written in. */
export type Lang = 'en' | 'zh';

/** Each edition's language tags: `html` for lang= and hreflang=, `og` for og:locale, `rss` for a feed's <language>. */
export const EDITIONS = {
  en: { html: 'en', og: 'en_GB', rss: 'en-gb', name: 'English' },
  zh: { html: 'zh-Hans', og: 'zh_CN', rss: 'zh-cn', name: '中文' },
} as const satisfies Record<Lang, { html: string; og: string; rss: string; name: string }>;

/** Every edition, English first: the default, and the x-default of every page. */
export const LANGS = Object.keys(EDITIONS) as Lang[];

const ZH_PREFIX = '/zh';

/** The site-absolute path of an English page's counterpart in edition `lang`: "/stories/x/" → "/zh/stories/x/". */
export function editionPath(path: string, lang: Lang): string {
  return lang === 'en' ? path : `${ZH_PREFIX}${path}`;
}

/** The edition a site-absolute path belongs to, and the path of its English counterpart. */
export function pathEdition(path: string): { lang: Lang; path: string } {
  const zh = path === ZH_PREFIX || path.startsWith(`${ZH_PREFIX}/`);
  return zh ? { lang: 'zh', path: path.slice(ZH_PREFIX.length) || '/' } : { lang: 'en', path };
}
