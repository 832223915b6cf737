import { test, expect } from './fixtures';
import { storiesOnDisk } from './stories-on-disk';

const [story] = storiesOnDisk();
if (!story) throw new Error('stories/ holds no story to test');
const url = `/stories/${story.slug}/`;

/** Relative luminance of a CSS rgb() colour, 0 (black) to 1 (white). */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((part) => {
    const channel = Number(part) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

test.describe('story page', () => {
  test('shows title, dek, byline, body and sources', async ({ page }) => {
    await page.goto(url);
    await expect(page).toHaveTitle(`${story.title} · Inner Mongolia in Figures`);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', story.dek);
    await expect(page.locator('.story-head .dek')).toHaveText(story.dek);
    await expect(page.locator('.byline time').first()).toHaveAttribute('datetime', story.published);
    await expect(page.locator('.body p').first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Sources and notes', exact: true })).toBeVisible();
    await expect(page.locator('.sources .documents li').first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Cross-checks', exact: true })).toBeVisible();
  });

  test('sets body text for long reading: 17–20 px, a readable measure, generous leading', async ({ page }) => {
    await page.goto(url);
    const paragraph = page.locator('.body p').first();
    const metrics = await paragraph.evaluate((element) => {
      const style = getComputedStyle(element);
      return {
        fontSize: parseFloat(style.fontSize),
        lineHeight: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
        widthInEm: element.getBoundingClientRect().width / parseFloat(style.fontSize),
      };
    });
    expect(metrics.fontSize).toBeGreaterThanOrEqual(17);
    expect(metrics.fontSize).toBeLessThanOrEqual(20);
    expect(metrics.lineHeight).toBeGreaterThanOrEqual(1.4);
    // About 60–75 characters a line: a column no wider than 38 em.
    expect(metrics.widthInEm).toBeLessThanOrEqual(38);
  });

  test('marks Chinese quotations as Chinese so they get CJK fonts and are read aloud correctly', async ({ page }) => {
    await page.goto(url);
    const quotes = page.locator('blockquote [lang="zh-Hans"]');
    expect(await quotes.count()).toBeGreaterThan(0);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`follows the ${scheme} colour scheme with readable contrast`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(url);
      const colours = await page.evaluate(() => {
        const style = getComputedStyle(document.body);
        return { background: style.backgroundColor, text: style.color };
      });
      const [background, text] = [luminance(colours.background), luminance(colours.text)];
      if (scheme === 'dark') expect(background).toBeLessThan(text);
      else expect(background).toBeGreaterThan(text);
      const contrast = (Math.max(background, text) + 0.05) / (Math.min(background, text) + 0.05);
      expect(contrast).toBeGreaterThanOrEqual(7);
    });
  }

  test('has nothing overflowing sideways', async ({ page }) => {
    await page.goto(url);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('lets a keyboard user skip straight to the story', async ({ page, isMobile }) => {
    test.skip(isMobile, 'phones have no Tab key');
    await page.goto(url);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });
});

test.describe('every story’s sources and notes', () => {
  for (const { slug, sources } of storiesOnDisk()) {
    test(`${slug}: lists the documents its numbers link to (and those it quotes), and each link resolves`, async ({
      page,
      request,
    }) => {
      await page.goto(`/stories/${slug}/`);
      const numberLinks = await page
        .locator('a.fig-ref, .step-chart .chart-data a')
        .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
      expect(numberLinks.length).toBeGreaterThan(0);
      const linked = new Set(numberLinks.map((path) => path.match(/\/sources\/([a-z0-9-]+)\//)?.[1]).filter(Boolean));
      const listed = await page
        .locator('.sources .documents a')
        .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
      const documents = new Set(listed.map((path) => path.match(/\/sources\/([a-z0-9-]+)\//)?.[1]));
      for (const id of linked) expect(documents.has(id), `${id} is listed`).toBe(true);
      for (const id of documents)
        expect(linked.has(id) || sources.includes(id!), `${id} is cited or in sources:`).toBe(true);
      for (const path of new Set([...listed, ...numberLinks])) expect((await request.get(path)).ok(), path).toBe(true);
    });
  }
});

test.describe('outside facts', () => {
  for (const { slug } of storiesOnDisk()) {
    test(`${slug}: every :ctx citation leads to its cited source in Sources and notes`, async ({ page }) => {
      await page.goto(`/stories/${slug}/`);
      const targets = await page
        .locator('.ctx-ref a')
        .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
      for (const id of targets) {
        const fact = page.locator(`.facts li[id="${id}"]`);
        await expect(fact).toHaveCount(1);
        await expect(fact.locator('blockquote[lang="zh-Hans"]')).not.toBeEmpty();
        await expect(fact.locator('a[href^="http"]')).toHaveCount(1);
      }
    });
  }
});
