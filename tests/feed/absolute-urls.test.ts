import { describe, expect, it } from 'vitest';
import { absoluteUrls } from '../../src/feed/absolute-urls';

const page = 'https://example.org/nmg/stories/pocket-parks/';

describe('absoluteUrls(html, pageUrl)', () => {
  it.each([
    [
      'an empty href, which names the page itself',
      '<a href="">here</a>',
      '<a href="https://example.org/nmg/stories/pocket-parks/">here</a>',
    ],
    [
      'a relative href',
      '<a href="../../sources/hohhot-daily-2023-07/">source</a>',
      '<a href="https://example.org/nmg/sources/hohhot-daily-2023-07/">source</a>',
    ],
    [
      'a site-absolute href',
      '<a href="/nmg/figures/#a-figure">figure</a>',
      '<a href="https://example.org/nmg/figures/#a-figure">figure</a>',
    ],
    [
      'an absolute href on another host',
      '<a href="https://www.gov.cn/zhengce/">policy</a>',
      '<a href="https://www.gov.cn/zhengce/">policy</a>',
    ],
    [
      'a protocol-relative href',
      '<a href="//cdn.example.net/a.png">a</a>',
      '<a href="https://cdn.example.net/a.png">a</a>',
    ],
    [
      'a fragment-only href',
      '<sup><a href="#fact-line">source</a></sup>',
      '<sup><a href="https://example.org/nmg/stories/pocket-parks/#fact-line">source</a></sup>',
    ],
    ['a mailto href', '<a href="mailto:desk@example.org">mail</a>', '<a href="mailto:desk@example.org">mail</a>'],
    [
      'an img src',
      '<img src="/nmg/share/pocket-parks/built.png" alt="">',
      '<img src="https://example.org/nmg/share/pocket-parks/built.png" alt="">',
    ],
    [
      'a href with white space around it',
      '<a href="  ../  ">up</a>',
      '<a href="https://example.org/nmg/stories/">up</a>',
    ],
    ['a single-quoted href', "<a href='../'>up</a>", '<a href="https://example.org/nmg/stories/">up</a>'],
    ['an unquoted href', '<a href=../>up</a>', '<a href="https://example.org/nmg/stories/">up</a>'],
    [
      'a query with an escaped ampersand',
      '<a href="/nmg/figures/?story=a&amp;topic=b">f</a>',
      '<a href="https://example.org/nmg/figures/?story=a&#x26;topic=b">f</a>',
    ],
    ['an element without a URL attribute', '<span lang="zh-Hans">新能源</span>', '<span lang="zh-Hans">新能源</span>'],
    ['text that looks like an attribute', '<p>write href="/x" in HTML</p>', '<p>write href="/x" in HTML</p>'],
    ['no HTML at all', '', ''],
  ])('makes %s absolute', (_case, html, expected) => {
    expect(absoluteUrls(html, page)).toBe(expected);
  });

  it('rewrites every URL in a fragment and leaves the rest as it was', () => {
    const html =
      '<p>See <a class="fig-ref" href="/nmg/sources/a/#p-1" title="A &#x26; B">7.2%</a> and <a href="#x">x</a>.</p>';
    expect(absoluteUrls(html, page)).toBe(
      '<p>See <a class="fig-ref" href="https://example.org/nmg/sources/a/#p-1" title="A &#x26; B">7.2%</a> and <a href="https://example.org/nmg/stories/pocket-parks/#x">x</a>.</p>',
    );
  });

  it('fails on a URL that cannot be resolved, naming the page and the element', () => {
    expect(() => absoluteUrls('<a href="http://[::1">x</a>', page)).toThrow(
      `${page}: <a href="http://[::1"> is not a URL`,
    );
  });
});
