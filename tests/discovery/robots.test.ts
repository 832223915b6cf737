import { describe, expect, it } from 'vitest';
import { robotsTxt } from '../../src/discovery/robots';

describe('robotsTxt(sitemapUrl)', () => {
  it('allows every crawler everywhere and names the sitemap by its absolute URL', () => {
    expect(robotsTxt('https://example.org/nmg/sitemap-index.xml')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://example.org/nmg/sitemap-index.xml\n',
    );
  });
});
