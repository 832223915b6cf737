import { describe, expect, it } from 'vitest';
import { webManifest } from '../../src/discovery/manifest';
import { SITE } from '../../src/lib/site';

const palette = { background: '#fdfcf9', accent: '#0b5c8a' };

describe('webManifest(base, palette)', () => {
  it("names the site, starts and stays under the base path and takes the palette's colours", () => {
    expect(webManifest('/nmg/', palette)).toMatchObject({
      name: SITE.name,
      short_name: SITE.shortName,
      description: SITE.description,
      start_url: '/nmg/',
      scope: '/nmg/',
      display: 'browser',
      background_color: '#fdfcf9',
      theme_color: '#0b5c8a',
    });
  });

  it('lists the 192 and 512 px PNG icons under the base path', () => {
    expect(webManifest('/nmg', palette).icons).toEqual([
      { src: '/nmg/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/nmg/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    ]);
  });

  it('starts at the root of a host', () => {
    expect(webManifest('/', palette)).toMatchObject({ start_url: '/', scope: '/' });
  });
});
