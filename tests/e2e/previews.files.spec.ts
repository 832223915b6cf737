import { existsSync, readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import ogs from 'open-graph-scraper';
import { pngSize } from '../support/png';
import { test, expect } from '@playwright/test';
import { storiesOnDisk } from './stories-on-disk';

// Link previews are read from the built files by an Open Graph parser, with no browser: they run once, in the files
// project (playwright.config.ts).

// The origin and base the site was built for (the same defaults astro.config.mjs uses).
const SITE = new URL(process.env.BASE_PATH ?? '/', process.env.SITE_ORIGIN ?? 'http://localhost:4321').href;

/** The built file behind an absolute URL of the site, or undefined for a URL off the site. */
function builtFile(url: string): string | undefined {
  if (!url.startsWith(SITE)) return undefined;
  const path = url.slice(SITE.length);
  return `dist/${path.endsWith('/') || path === '' ? `${path}index.html` : path}`;
}

/** A built page's preview tags as a real Open Graph parser reads them. */
async function previewOf(page: string) {
  const html = readFileSync(page, 'utf8');
  const { result, error } = await ogs({ html });
  expect(error, `${page}: the parser failed`).toBe(false);
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  const jsonLd = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1];
  return {
    result,
    canonical,
    jsonLd: jsonLd === undefined ? undefined : (JSON.parse(jsonLd) as Record<string, unknown>),
  };
}

/** Checks an image a preview names: on the site, built, a PNG of the stated size. */
function expectImage(
  image: { url: string; width?: number | string; height?: number | string; type?: string } | undefined,
  where: string,
) {
  expect(image, `${where}: og:image`).toBeDefined();
  const file = builtFile(image!.url);
  expect(file && existsSync(file), `${where}: ${image!.url} is not a built file`).toBe(true);
  expect(pngSize(readFileSync(file!)), `${where}: ${file}`).toEqual({ width: 1200, height: 630 });
  expect([Number(image!.width), Number(image!.height), image!.type]).toEqual([1200, 630, 'image/png']);
}

test.describe('link previews', () => {
  for (const story of storiesOnDisk()) {
    const url = `${SITE}stories/${story.slug}/`;

    test(`${story.slug}: the story unfurls with its title, dek, share image and canonical URL`, async () => {
      const { result, canonical, jsonLd } = await previewOf(`dist/stories/${story.slug}/index.html`);
      expect(result.ogTitle).toBe(story.title);
      expect(result.ogDescription).toBe(story.dek);
      expect(result.ogUrl).toBe(url);
      expect(result.ogType).toBe('article');
      expect(result.twitterCard).toBe('summary_large_image');
      expect(result.twitterTitle).toBe(story.title);
      expect(canonical).toBe(url);
      expectImage(result.ogImage?.[0], story.slug);
      expect(result.ogImage?.[0]?.url).toBe(`${SITE}share/${story.slug}.png`);
      expect(jsonLd).toMatchObject({
        '@type': 'NewsArticle',
        headline: story.title,
        description: story.dek,
        url,
        inLanguage: 'en',
      });
      expect(String(jsonLd!.datePublished)).toMatch(new RegExp(`^${story.published}`));
      const basedOn = (jsonLd!.isBasedOn as { url: string }[]).map((source) => source.url);
      expect(basedOn.toSorted()).toEqual(story.sources.map((id) => `${SITE}sources/${id}/`).toSorted());
      for (const source of basedOn) expect(existsSync(builtFile(source)!), source).toBe(true);
    });

    test(`${story.slug}: every step's share page unfurls with that step's chart and words, canonical to the story`, async () => {
      const reader = fromHtml(readFileSync(`dist/stories/${story.slug}/index.html`, 'utf8'));
      for (const step of story.steps) {
        const page = `dist/stories/${story.slug}/${step}/index.html`;
        const { result, canonical } = await previewOf(page);
        // A step's own page shows the step where no script runs; only a moved step's page refreshes to the story.
        expect(readFileSync(page, 'utf8'), page).not.toContain('http-equiv="refresh"');
        expect(result.ogUrl).toBe(`${url}${step}/`);
        expect(canonical).toBe(url);
        expect(result.ogTitle).toMatch(new RegExp(` · ${story.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
        expect(result.ogImage?.[0]?.url).toBe(`${SITE}share/${story.slug}/${step}.png`);
        expectImage(result.ogImage?.[0], page);
        // The description is the step's own text, as the story prints it.
        const description = result.ogDescription!.replace(/ ?…$/, '');
        expect(description.length, page).toBeGreaterThan(20);
        const text = select(`[id="${step}"] .step-text`, reader);
        expect(text, `${step}: the story's step text`).toBeDefined();
        const words = toString(text!).replace(/\s+/g, ' ');
        expect(words, page).toContain(description);
      }
    });

    for (const [from, to] of story.moved) {
      test(`${story.slug}: the old share page of "${from}" unfurls as "${to}", sends readers there and links to it`, async () => {
        const page = `dist/stories/${story.slug}/${from}/index.html`;
        const { result, canonical } = await previewOf(page);
        expect(canonical).toBe(url);
        expect(result.ogUrl).toBe(`${url}${to}/`);
        expect(result.ogImage?.[0]?.url).toBe(`${SITE}share/${story.slug}/${to}.png`);
        expectImage(result.ogImage?.[0], page);
        const tree = fromHtml(readFileSync(page, 'utf8'));
        const target = `${new URL(url).pathname}#${to}`;
        expect(select('meta[http-equiv="refresh"]', tree)?.properties.content).toBe(`0;url=${target}`);
        expect(select('a.continue', tree)?.properties.href).toBe(target);
        expect(toString(select('.step-page', tree)!)).toContain('This part of the story has moved');
      });
    }
  }
});

test.describe('Chinese link previews', () => {
  for (const story of storiesOnDisk()) {
    test(`${story.slug}: the Chinese story and each of its steps unfurl with a Chinese card of their own`, async () => {
      const { result, jsonLd } = await previewOf(`dist/zh/stories/${story.slug}/index.html`);
      expect(result.ogTitle).toBe(story.zh.title);
      expect(result.ogLocale).toBe('zh_CN');
      expect(result.ogImage?.[0]?.url).toBe(`${SITE}zh/share/${story.slug}.png`);
      expectImage(result.ogImage?.[0], story.slug);
      expect(jsonLd).toMatchObject({ inLanguage: 'zh-Hans', image: { url: `${SITE}zh/share/${story.slug}.png` } });
      expect(pngSize(readFileSync(`dist/zh/share/thumbs/${story.slug}.png`))).toEqual({ width: 600, height: 315 });
      for (const step of story.steps) {
        const page = `dist/zh/stories/${story.slug}/${step}/index.html`;
        const preview = await previewOf(page);
        expect(preview.result.ogImage?.[0]?.url).toBe(`${SITE}zh/share/${story.slug}/${step}.png`);
        expectImage(preview.result.ogImage?.[0], page);
      }
    });
  }
});
