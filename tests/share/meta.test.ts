import { describe, expect, it } from 'vitest';
import { jsonLdText, metaTags, newsArticle, type PageMeta } from '../../src/share/meta';

const page: PageMeta = {
  siteName: 'Site',
  title: 'A story',
  description: 'Its dek',
  url: 'https://example.org/base/stories/a/',
  locale: 'en_GB',
  type: 'article',
};
const image = { url: 'https://example.org/base/share/a.png', width: 1200, height: 630, alt: 'A chart' };

/** Tags as "key=content" lines, for readable comparisons. */
const lines = (meta: PageMeta) =>
  metaTags(meta).map((tag) => `${'property' in tag ? tag.property : tag.name}=${tag.content}`);

describe('metaTags(meta)', () => {
  it('gives a page without an image a small summary card', () => {
    expect(lines(page)).toEqual([
      'og:site_name=Site',
      'og:type=article',
      'og:title=A story',
      'og:description=Its dek',
      'og:url=https://example.org/base/stories/a/',
      'og:locale=en_GB',
      'twitter:card=summary',
      'twitter:title=A story',
      'twitter:description=Its dek',
    ]);
  });

  it('gives a page with an image, dates and topics the large card and article tags', () => {
    const tags = lines({
      ...page,
      image,
      published: new Date('2024-09-16'),
      modified: new Date('2024-10-01'),
      tags: ['Energy', 'Cities'],
    });
    expect(tags).toEqual(
      expect.arrayContaining([
        'og:image=https://example.org/base/share/a.png',
        'og:image:type=image/png',
        'og:image:width=1200',
        'og:image:height=630',
        'og:image:alt=A chart',
        'article:published_time=2024-09-16T00:00:00.000Z',
        'article:modified_time=2024-10-01T00:00:00.000Z',
        'article:tag=Energy',
        'article:tag=Cities',
        'twitter:card=summary_large_image',
        'twitter:image=https://example.org/base/share/a.png',
        'twitter:image:alt=A chart',
      ]),
    );
  });
});

describe('newsArticle(facts)', () => {
  const facts = {
    headline: 'A story',
    description: 'Its dek',
    url: page.url,
    image,
    published: new Date('2024-09-16'),
    authors: ['Data Desk'],
    publisher: { name: 'Site', logo: 'https://example.org/base/icons/icon-512.png' },
    inLanguage: 'en',
    keywords: ['Energy'],
    basedOn: [
      {
        name: 'Work report',
        alternateName: '政府工作报告',
        url: 'https://example.org/base/sources/r/',
        publisher: 'Government',
      },
    ],
  };

  it('describes the story as a schema.org NewsArticle based on its documents', () => {
    expect(newsArticle(facts)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'A story',
      description: 'Its dek',
      url: page.url,
      mainEntityOfPage: page.url,
      image: { '@type': 'ImageObject', url: image.url, width: '1200', height: '630' },
      datePublished: '2024-09-16T00:00:00.000Z',
      dateModified: '2024-09-16T00:00:00.000Z',
      author: [{ '@type': 'Organization', name: 'Data Desk' }],
      publisher: {
        '@type': 'Organization',
        name: 'Site',
        logo: { '@type': 'ImageObject', url: 'https://example.org/base/icons/icon-512.png' },
      },
      inLanguage: 'en',
      keywords: ['Energy'],
      isBasedOn: [
        {
          '@type': 'CreativeWork',
          name: 'Work report',
          alternateName: '政府工作报告',
          url: 'https://example.org/base/sources/r/',
          publisher: { '@type': 'Organization', name: 'Government' },
        },
      ],
    });
  });

  it('dates a modification when there is one', () => {
    expect(newsArticle({ ...facts, modified: new Date('2024-10-01') }).dateModified).toBe('2024-10-01T00:00:00.000Z');
  });
});

describe('jsonLdText(data)', () => {
  it.each([
    [{ a: 1 }, '{"a":1}'],
    [
      { headline: '</script><script>alert(1)</script>' },
      '{"headline":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}',
    ],
  ])('%j', (data, text) => {
    expect(jsonLdText(data)).toBe(text);
    expect(JSON.parse(jsonLdText(data))).toEqual(data);
  });
});
