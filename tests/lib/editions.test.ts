import { describe, expect, it } from 'vitest';
import { EDITIONS, editionPath, LANGS, pathEdition } from '../../src/lib/editions';

describe('editionPath(path, lang)', () => {
  it.each([
    ['/', 'en', '/'],
    ['/', 'zh', '/zh/'],
    ['/stories/pocket-parks/', 'zh', '/zh/stories/pocket-parks/'],
    ['/404.html', 'zh', '/zh/404.html'],
    ['/figures/?story=x', 'en', '/figures/?story=x'],
  ] as const)('%s in %s → %s', (path, lang, expected) => {
    expect(editionPath(path, lang)).toBe(expected);
  });
});

describe('pathEdition(path)', () => {
  it.each([
    ['/', { lang: 'en', path: '/' }],
    ['/zh/', { lang: 'zh', path: '/' }],
    ['/zh', { lang: 'zh', path: '/' }],
    ['/zh/stories/pocket-parks/parks-built/', { lang: 'zh', path: '/stories/pocket-parks/parks-built/' }],
    // Only the folder itself: a page whose slug starts with "zh" is English.
    ['/zhangjiakou/', { lang: 'en', path: '/zhangjiakou/' }],
    ['/stories/zh/', { lang: 'en', path: '/stories/zh/' }],
  ] as const)('%s', (path, expected) => {
    expect(pathEdition(path)).toEqual(expected);
  });

  it('finds every edition’s path again', () => {
    for (const lang of LANGS)
      expect(pathEdition(editionPath('/sources/x/', lang))).toEqual({ lang, path: '/sources/x/' });
  });
});

describe('EDITIONS', () => {
  it('tags the Chinese edition as Simplified Chinese, in the forms HTML, Open Graph and RSS each use', () => {
    expect(EDITIONS.zh).toMatchObject({ html: 'zh-Hans', og: 'zh_CN', rss: 'zh-cn' });
  });
});
