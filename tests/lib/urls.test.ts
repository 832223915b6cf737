import { describe, expect, it } from 'vitest';
import { absoluteUrl, iconPath, withBase } from '../../src/lib/urls';

describe('withBase(path, base)', () => {
  it.each([
    ['/', '/', '/'],
    ['/stories/parks/', '/', '/stories/parks/'],
    ['stories/parks/', '/', '/stories/parks/'],
    ['/stories/parks/', '/nmg', '/nmg/stories/parks/'],
    ['/stories/parks/', '/nmg/', '/nmg/stories/parks/'],
    ['/', '/nmg', '/nmg/'],
    ['//double', '/nmg/', '/nmg/double'],
    ['', '/nmg/', '/nmg/'],
  ])('withBase(%j, %j) is %j', (path, base, expected) => {
    expect(withBase(path, base)).toBe(expected);
  });
});

describe('absoluteUrl(path, site, base)', () => {
  it.each([
    ['/', 'https://example.org', '/', 'https://example.org/'],
    ['/rss.xml', 'https://example.org', '/nmg/', 'https://example.org/nmg/rss.xml'],
    ['/stories/parks/', 'https://example.org/', '/nmg', 'https://example.org/nmg/stories/parks/'],
    ['/sitemap-index.xml', 'http://127.0.0.1:4321', '/', 'http://127.0.0.1:4321/sitemap-index.xml'],
  ])('absoluteUrl(%j, %j, %j) is %j', (path, site, base, expected) => {
    expect(absoluteUrl(path, site, base)).toBe(expected);
  });
});

describe('iconPath(size)', () => {
  it('is the path Base.astro links the Apple touch icon at', () => {
    expect(iconPath(180)).toBe('/icons/icon-180.png');
  });
});
