import { existsSync, readFileSync } from 'node:fs';
import ogs from 'open-graph-scraper';
import { pngSize } from '../support/png';
import { test, expect } from './fixtures';
import { storiesOnDisk } from './stories-on-disk';

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

    test(`${story.slug}: every step's share page unfurls with that step's chart and words, canonical to the story`, async ({
      page: reader,
    }) => {
      await reader.goto(`/stories/${story.slug}/`);
      for (const step of story.steps) {
        const page = `dist/stories/${story.slug}/${step}/index.html`;
        const { result, canonical } = await previewOf(page);
        expect(result.ogUrl).toBe(`${url}${step}/`);
        expect(canonical).toBe(url);
        expect(result.ogTitle).toMatch(new RegExp(` · ${story.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
        expect(result.ogImage?.[0]?.url).toBe(`${SITE}share/${story.slug}/${step}.png`);
        expectImage(result.ogImage?.[0], page);
        // The description is the step's own text, as the story prints it.
        const description = result.ogDescription!.replace(/ ?…$/, '');
        expect(description.length, page).toBeGreaterThan(20);
        const words = (await reader.locator(`[id="${step}"] .step-text`).textContent())!.replace(/\s+/g, ' ');
        expect(words, page).toContain(description);
      }
    });
  }
});

test.describe('step share pages', () => {
  const story = storiesOnDisk().find((s) => s.steps.length > 3)!;

  test('a shared step link opens the story at that step, in that step’s chart state', async ({ page, baseURL }) => {
    const step = story.steps[3]!;
    await page.goto(`/stories/${story.slug}/${step}/`);
    await expect(page).toHaveURL(`${baseURL}/stories/${story.slug}/#${step}`);
    await expect(page.locator(`[data-scrolly]:has([id="${step}"]) .scrolly-graphic figure.chart`)).toHaveAttribute(
      'data-chart-step',
      step,
    );
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the share page shows the step, its chart and a link on to the story', async ({ page }) => {
      const step = story.steps[0]!;
      await page.goto(`/stories/${story.slug}/${step}/`);
      await expect(page.getByRole('link', { name: story.title })).toBeVisible();
      const image = page.locator('.step-page img');
      await expect(image).toHaveAttribute('width', '1200');
      expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1200);
      await expect(page.getByRole('link', { name: 'Read the story from this step' })).toHaveAttribute(
        'href',
        `/stories/${story.slug}/#${step}`,
      );
    });
  });
});
