import type { NewsArticle, WithContext } from 'schema-dts';

/** A share image as previews need it: absolute URL, size and alternative text. */
export interface MetaImage {
  url: string;
  width: number;
  height: number;
  alt: string;
}

/** What a page tells link previews and search engines about itself; URLs are absolute. */
export interface PageMeta {
  siteName: string;
  title: string;
  description: string;
  url: string;
  locale: string;
  /** The Open Graph locales of the page's other editions. */
  alternateLocales?: readonly string[] | undefined;
  type: 'website' | 'article';
  image?: MetaImage | undefined;
  published?: Date | undefined;
  modified?: Date | undefined;
  tags?: string[] | undefined;
}

/** One `<meta>` tag: Open Graph and article tags use `property`, Twitter tags use `name`. */
export type MetaTag = { property: string; content: string } | { name: string; content: string };

/** The Open Graph, article and Twitter card tags for a page, in the order previews read them. */
export function metaTags(meta: PageMeta): MetaTag[] {
  const tags: MetaTag[] = [
    { property: 'og:site_name', content: meta.siteName },
    { property: 'og:type', content: meta.type },
    { property: 'og:title', content: meta.title },
    { property: 'og:description', content: meta.description },
    { property: 'og:url', content: meta.url },
    { property: 'og:locale', content: meta.locale },
    ...(meta.alternateLocales ?? []).map((locale) => ({ property: 'og:locale:alternate', content: locale })),
  ];
  if (meta.image) {
    tags.push(
      { property: 'og:image', content: meta.image.url },
      { property: 'og:image:type', content: 'image/png' },
      { property: 'og:image:width', content: String(meta.image.width) },
      { property: 'og:image:height', content: String(meta.image.height) },
      { property: 'og:image:alt', content: meta.image.alt },
    );
  }
  if (meta.published) tags.push({ property: 'article:published_time', content: meta.published.toISOString() });
  if (meta.modified) tags.push({ property: 'article:modified_time', content: meta.modified.toISOString() });
  for (const tag of meta.tags ?? []) tags.push({ property: 'article:tag', content: tag });
  tags.push(
    { name: 'twitter:card', content: meta.image ? 'summary_large_image' : 'summary' },
    { name: 'twitter:title', content: meta.title },
    { name: 'twitter:description', content: meta.description },
  );
  if (meta.image)
    tags.push(
      { name: 'twitter:image', content: meta.image.url },
      { name: 'twitter:image:alt', content: meta.image.alt },
    );
  return tags;
}

/** A document a story is based on, for its JSON-LD. */
export interface BasedOn {
  name: string;
  alternateName: string;
  url: string;
  publisher: string;
}

/** What a story's JSON-LD says of it; URLs are absolute. */
export interface ArticleFacts {
  headline: string;
  description: string;
  url: string;
  image: MetaImage;
  published: Date;
  modified?: Date | undefined;
  authors: string[];
  publisher: { name: string; logo: string };
  inLanguage: string;
  keywords: string[];
  basedOn: BasedOn[];
}

/** A story's schema.org NewsArticle, for search engines and apps that read JSON-LD. */
export function newsArticle(facts: ArticleFacts): WithContext<NewsArticle> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: facts.headline,
    description: facts.description,
    url: facts.url,
    mainEntityOfPage: facts.url,
    image: {
      '@type': 'ImageObject',
      url: facts.image.url,
      width: String(facts.image.width),
      height: String(facts.image.height),
    },
    datePublished: facts.published.toISOString(),
    dateModified: (facts.modified ?? facts.published).toISOString(),
    author: facts.authors.map((name) => ({ '@type': 'Organization', name })),
    publisher: {
      '@type': 'Organization',
      name: facts.publisher.name,
      logo: { '@type': 'ImageObject', url: facts.publisher.logo },
    },
    inLanguage: facts.inLanguage,
    keywords: facts.keywords,
    isBasedOn: facts.basedOn.map((source) => ({
      '@type': 'CreativeWork',
      name: source.name,
      alternateName: source.alternateName,
      url: source.url,
      publisher: { '@type': 'Organization', name: source.publisher },
    })),
  };
}

/** JSON for an inline `<script type="application/ld+json">`: "<" escaped so no text can close the script early. */
export function jsonLdText(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
