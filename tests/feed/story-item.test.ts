import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { ui } from '../../src/i18n/dictionary';
import { describe, expect, it } from 'vitest';
import { storyItem, type FeedSite, type FeedStory } from '../../src/feed/story-item';

const story: FeedStory = {
  slug: 'pocket-parks',
  data: {
    title: 'Small parks, big plans',
    dek: 'Wuhai has built pocket parks across the city, with more under way.',
    published: new Date('2024-09-02T00:00:00Z'),
    topics: ['urban-life', 'livelihoods'],
    sources: ['hohhot-daily-2023-07', 'nmg-work-report-2024'],
  },
  blocks: [
    {
      kind: 'prose',
      html: '<p>In its <a href="../../sources/nmg-work-report-2024/">work report</a> the region says so.</p>',
    },
    {
      kind: 'scrolly',
      id: 'parks',
      chart: 'units',
      headline: 'Pocket parks & squares, 2024',
      line: 10,
      steps: [
        {
          id: 'built',
          html: '<p>Built: <a class="fig-ref" href="/nmg/sources/hohhot-daily-2023-07/#p-1">17</a>.</p>',
          state: { n: 1 },
          annotations: [],
          line: 12,
        },
        {
          id: 'under-way',
          html: '<p>More <a href="#fact-plan">under way</a>.</p>',
          state: { n: 2 },
          annotations: [],
          line: 16,
        },
      ],
      props: {
        credit: 'Hohhot Daily, July 2023',
        text: ui('en').chart,
        frames: [
          { id: 'built', description: 'A units chart of 17 parks built', table: [], annotations: [] },
          { id: 'under-way', description: 'A units chart of parks under way', table: [], annotations: [] },
        ],
        steps: [{ groups: [] }, { groups: [] }],
      },
    },
    { kind: 'prose', html: '<p>The end.</p>' },
  ],
};

const site: FeedSite = {
  site: 'https://example.org',
  base: '/nmg/',
  sources: [
    { id: 'nmg-work-report-2024', title_en: 'Government work report, 2024', title_zh: '2024年政府工作报告' },
    { id: 'hohhot-daily-2023-07', title_en: 'Hohhot Daily, July 2023', title_zh: '呼和浩特日报' },
  ],
  lang: 'en',
};

describe('storyItem(story, site)', () => {
  const item = storyItem(story, site);
  const content = item.content!;

  it('gives the title, the absolute link, the publication date, the dek and the topics in English', () => {
    expect(item).toMatchObject({
      title: 'Small parks, big plans',
      link: 'https://example.org/nmg/stories/pocket-parks/',
      pubDate: new Date('2024-09-02T00:00:00Z'),
      description: 'Wuhai has built pocket parks across the city, with more under way.',
      categories: ['Urban life', 'Jobs and welfare'],
    });
  });

  it("shows each step as its share image, linked to the step and captioned with the section's headline, then its text", () => {
    expect(content).toContain(
      '<figure><a href="https://example.org/nmg/stories/pocket-parks/#built">' +
        '<img src="https://example.org/nmg/share/pocket-parks/built.png" width="1200" height="630" alt="A units chart of 17 parks built">' +
        '</a><figcaption>Pocket parks &#x26; squares, 2024</figcaption></figure>' +
        '<p>Built: <a class="fig-ref" href="https://example.org/nmg/sources/hohhot-daily-2023-07/#p-1">17</a>.</p>',
    );
    expect(content).toContain('<img src="https://example.org/nmg/share/pocket-parks/under-way.png"');
  });

  it('makes every link in prose and steps absolute, resolved against the story', () => {
    expect(content).toContain('<a href="https://example.org/nmg/sources/nmg-work-report-2024/">work report</a>');
    expect(content).toContain('<a href="https://example.org/nmg/stories/pocket-parks/#fact-plan">under way</a>');
    const urls = [...content.matchAll(/(?:href|src)="([^"]*)"/g)].map((match) => match[1]);
    expect(urls.filter((url) => !url!.startsWith('https://example.org/nmg/'))).toEqual([]);
  });

  it('keeps the order of the story: prose, then each step, then the closing prose', () => {
    const at = (text: string) => content.indexOf(text);
    expect(at('work report')).toBeLessThan(at('built.png'));
    expect(at('built.png')).toBeLessThan(at('under-way.png'));
    expect(at('under-way.png')).toBeLessThan(at('The end.'));
  });

  it("ends with the story's source documents, in its order, linked to their pages", () => {
    expect(
      content.endsWith(
        '<h2>Sources</h2><ul>' +
          '<li><a href="https://example.org/nmg/sources/hohhot-daily-2023-07/">Hohhot Daily, July 2023</a></li>' +
          '<li><a href="https://example.org/nmg/sources/nmg-work-report-2024/">Government work report, 2024</a></li></ul>',
      ),
    ).toBe(true);
  });

  it('works at the root of a host', () => {
    const root = storyItem(story, { ...site, base: '/' });
    expect(root.link).toBe('https://example.org/stories/pocket-parks/');
    expect(root.content).toContain('<img src="https://example.org/share/pocket-parks/built.png"');
  });

  it.each([
    ['a less-than sign', '<5% of firms grew & more'],
    ['markup', '"><img src=x onerror=alert(1)><script>alert(1)</script>'],
    ['a character reference', 'Written &lt;b&gt; on purpose'],
  ])('escapes %s in the title and dek once for HTML, so a reader that renders them shows the text', (_case, text) => {
    const escaped = storyItem({ ...story, data: { ...story.data, title: text, dek: text } }, site);
    for (const field of [escaped.title!, escaped.description!]) {
      const tree = fromHtml(field, { fragment: true });
      expect(tree.children.map((child) => child.type)).toEqual(['text']);
      expect(toString(tree)).toBe(text);
    }
  });

  it('publishes only the markup a story renders, whatever its blocks carry', () => {
    const html =
      '<p>a<img src="https://evil.example/x.png"><a href="javascript:alert(1)">b</a><script>alert(1)</script></p>' +
      '<meta http-equiv="refresh" content="0;url=https://evil.example/"><p onclick="alert(1)">c</p>';
    const dirty = storyItem({ ...story, blocks: [{ kind: 'prose', html }] }, site).content!;
    expect(dirty.slice(0, dirty.indexOf('<h2>'))).toBe('<p>a<a>b</a></p><p>c</p>\n');
  });

  it('fails on a source id with no record, naming the story and the id', () => {
    expect(() => storyItem({ ...story, data: { ...story.data, sources: ['no-such-source'] } }, site)).toThrow(
      'story "pocket-parks": lists source "no-such-source", which data/sources/sources.yaml does not have',
    );
  });
});
