import type { ExportRecord } from '../../src/figures/export';
import { RETIRED_FIGURES } from '../../src/lib/retired-figures';
import { test, expect } from './fixtures';

/** The path and hash of an absolute URL, as the built pages link it. */
const local = (url: string) => new URL(url).pathname + new URL(url).hash;
const SOURCE = 'hohhot-h1-2024-report';

test.describe('figure finder (/figures/)', () => {
  let records: ExportRecord[];
  test.beforeAll(async ({ request }) => {
    records = (await (await request.get('/data/figures.json')).json()) as ExportRecord[];
  });

  test('links every document’s figure page, with counts that add up to every figure', async ({ page }) => {
    await page.goto('/figures/');
    const documents = page.locator('.documents li');
    await expect(documents).toHaveCount(new Set(records.map((record) => record.source)).size);
    const counts = await documents.locator('.meta').allTextContents();
    expect(counts.reduce((sum, text) => sum + Number.parseInt(text, 10), 0)).toBe(records.length);
    await expect(page.getByRole('link', { name: /2024 first-half/ })).toHaveAttribute('href', `/figures/${SOURCE}/`);
  });

  test('lists figures from the index and finds them by English or Chinese words', async ({ page }) => {
    await page.goto('/figures/');
    const status = page.getByRole('status');
    await expect(status).toHaveText(`${records.length} of ${records.length} figures match`);
    const record = records.find((r) => r.source === SOURCE && r.label_zh)!;
    const search = page.getByRole('searchbox', { name: /Search/ });
    for (const words of [record.label_zh!, record.label]) {
      await search.fill(words);
      await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(words);
      const result = page.locator('#figure-results').getByRole('link', { name: record.label, exact: false });
      await expect(result.first()).toBeVisible();
      await expect(page.locator(`#figure-results a[href="${local(record.figure_url)}"]`)).toHaveCount(1);
      const shown = Number.parseInt((await status.textContent())!, 10);
      await expect(page.locator('#figure-results li')).toHaveCount(Math.min(shown, 50));
    }
    await search.fill('no such words anywhere');
    await expect(status).toHaveText(`0 of ${records.length} figures match`);
    await expect(page.locator('#figure-results li')).toHaveCount(0);
  });

  test('marks the Chinese in a result’s label and place as Chinese, for browsers to leave untranslated', async ({
    page,
  }) => {
    const record = records.find((r) => /\p{Script=Han}/u.test(r.label))!;
    await page.goto(`/figures/?q=${encodeURIComponent(record.label)}`);
    const result = page.locator(`#figure-results li:has(a[href="${local(record.figure_url)}"])`);
    const chinese = record.label.match(/\p{Script=Han}+/u)![0];
    await expect(result.locator('a span[lang="zh-Hans"][translate="no"]', { hasText: chinese })).toHaveCount(1);
  });

  test('filters by source and kind, keeps the filters in the address, and shows all on request', async ({ page }) => {
    await page.goto('/figures/');
    await page.getByLabel('Source').selectOption(SOURCE);
    const expected = records.filter((record) => record.source === SOURCE);
    await expect(page.getByRole('status')).toHaveText(`${expected.length} of ${records.length} figures match`);
    await expect(page).toHaveURL(new RegExp(`\\?source=${SOURCE}$`));
    await page.getByRole('button', { name: `Show all ${expected.length}` }).click();
    await expect(page.locator('#figure-results li')).toHaveCount(expected.length);

    await page.getByLabel('Kind').selectOption('target');
    const targets = expected.filter((record) => ['target', 'forecast'].includes(record.kind));
    await expect(page.getByRole('status')).toHaveText(`${targets.length} of ${records.length} figures match`);
    await expect(page).toHaveURL(new RegExp(`\\?source=${SOURCE}&kind=target$`));
  });

  test('keeps a choice made while the index is still loading', async ({ page }) => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/data/figure-index.json', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/figures/');
    await expect(page.getByRole('status')).toHaveText('Loading the figures…');
    await page.getByLabel('Kind').selectOption('target');
    release();
    const targets = records.filter((record) => ['target', 'forecast'].includes(record.kind));
    await expect(page.getByRole('status')).toHaveText(`${targets.length} of ${records.length} figures match`);
    await expect(page.getByLabel('Kind')).toHaveValue('target');
    await expect(page).toHaveURL(/\?kind=target$/);
  });

  test('opens with the filters a shared address names', async ({ page }) => {
    await page.goto('/figures/?topic=energy&place=inner-mongolia');
    const expected = records.filter((r) => r.topics.includes('energy') && r.place === 'inner-mongolia');
    await expect(page.getByLabel('Topic')).toHaveValue('energy');
    await expect(page.getByRole('status')).toHaveText(`${expected.length} of ${records.length} figures match`);
  });

  test('sends an old /figures/#id link on to the figure’s entry', async ({ page }) => {
    const record = records.find((r) => r.source === 'nmg-work-report-2024')!;
    await page.goto(`/figures/#${record.id}`);
    await expect(page).toHaveURL(new RegExp(`/figures/nmg-work-report-2024/#${record.id}$`));
    await expect(page.locator(`[id="${record.id}"]`)).toBeInViewport();
  });

  test('sends a retired figure’s old link on to the figure that replaced it', async ({ page }) => {
    const [retired, current] = Object.entries(RETIRED_FIGURES)[0]!;
    const record = records.find((r) => r.id === current)!;
    await page.goto(`/figures/#${retired}`);
    await expect(page).toHaveURL(new RegExp(`/figures/${record.source}/#${current}$`));
    await expect(page.locator(`[id="${current}"]`)).toBeInViewport();
  });

  test('without JavaScript, links every document’s figures and shows no dead form', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/figures/');
    await expect(page.locator('#figure-filters')).toBeHidden();
    await expect(page.getByText('Searching and filtering need JavaScript')).toBeVisible();
    await expect(page.getByRole('link', { name: /2024 first-half/ })).toBeVisible();
    await context.close();
  });
});

test.describe('a document’s figures (/figures/<source>/)', () => {
  let records: ExportRecord[];
  test.beforeAll(async ({ request }) => {
    const all = (await (await request.get('/data/figures.json')).json()) as ExportRecord[];
    records = all.filter((record) => record.source === SOURCE);
  });

  test('lists every figure of the document with its value, quote and a link to its passage', async ({ page }) => {
    await page.goto(`/figures/${SOURCE}/`);
    await expect(page.locator('.figure-entry')).toHaveCount(records.length);
    for (const record of [records[0]!, records.at(-1)!]) {
      const entry = page.locator(`[id="${record.id}"]`);
      await expect(entry.locator('.value')).toContainText(record.value_en);
      await expect(entry.locator('blockquote')).toHaveText(record.quote);
      await expect(entry.getByRole('link', { name: 'Read it in the source' })).toHaveAttribute(
        'href',
        local(record.source_url),
      );
    }
  });

  test('marks targets and plans apart from outcomes', async ({ page }) => {
    const target = records.find((record) => record.kind === 'target');
    test.skip(!target, 'the document has no target');
    await page.goto(`/figures/${SOURCE}/`);
    await expect(page.locator(`[id="${target!.id}"] .badge`)).toHaveText('Target or plan');
  });

  test('lists the numbers that are not figures, each with its reason', async ({ page }) => {
    await page.goto(`/figures/${SOURCE}/`);
    const rows = page.locator('.not-figures tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    await expect(rows.first().locator('td').nth(2)).not.toBeEmpty();
  });

  test('searches the page’s figures, quotes included, and keeps the words in the address', async ({ page }) => {
    await page.goto(`/figures/${SOURCE}/`);
    const words = '地区生产总值';
    await page.getByRole('searchbox', { name: /Search/ }).fill(words);
    const expected = records.filter((r) => [r.label, r.label_zh, r.quote, r.note ?? ''].join(' ').includes(words));
    expect(expected.length).toBeGreaterThan(0);
    await expect(page.getByRole('status')).toHaveText(`Showing ${expected.length} of ${records.length} figures`);
    await expect(page.locator('.figure-entry:visible')).toHaveCount(expected.length);
    await expect(page).toHaveURL(new RegExp(`\\?q=${encodeURIComponent(words)}$`));
  });

  test('shows every figure without JavaScript, and no dead filter form', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/figures/${SOURCE}/`);
    await expect(page.locator('.figure-entry:visible')).toHaveCount(records.length);
    await expect(page.locator('#figure-filters')).toBeHidden();
    await context.close();
  });

  test('takes a reader from a figure to its sentence, highlighted, in the source', async ({ page }) => {
    const record = records.at(-1)!;
    await page.goto(local(record.figure_url));
    await page.locator(`[id="${record.id}"]`).getByRole('link', { name: 'Read it in the source' }).click();
    const anchor = new URL(record.source_url).hash.slice(1);
    await expect(page).toHaveURL(new RegExp(`/sources/${record.source}/#${anchor}$`));
    await expect(page.locator(`mark[id="${anchor}"]`)).toBeInViewport();
    await expect(page.locator('mark:target')).toHaveCount(1);
  });
});
