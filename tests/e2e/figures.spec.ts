import type { ExportRecord } from '../../src/figures/export';
import { test, expect } from './fixtures';

test.describe('figure index', () => {
  let records: ExportRecord[];
  test.beforeAll(async ({ request }) => {
    records = (await (await request.get('/data/figures.json')).json()) as ExportRecord[];
  });

  test('lists every published figure with its value, quote and a link to its passage', async ({ page }) => {
    await page.goto('/figures/');
    await expect(page.locator('.figure-entry')).toHaveCount(records.length);
    expect(records.length).toBeGreaterThanOrEqual(150);
    for (const record of [records[0]!, records.at(-1)!]) {
      const entry = page.locator(`[id="${record.id}"]`);
      await expect(entry.locator('.value')).toContainText(record.value_en);
      await expect(entry.locator('blockquote')).toHaveText(record.quote);
      await expect(entry.getByRole('link', { name: 'Read it in the source' })).toHaveAttribute(
        'href',
        new URL(record.source_url).pathname + new URL(record.source_url).hash,
      );
    }
  });

  test('marks targets and plans apart from outcomes', async ({ page }) => {
    const target = records.find((record) => record.kind === 'target');
    test.skip(!target, 'the figure base holds no target');
    await page.goto('/figures/');
    await expect(page.locator(`[id="${target!.id}"] .badge`)).toHaveText('Target or plan');
  });

  test('filters by source and kind, and keeps the filter in the address', async ({ page }) => {
    await page.goto('/figures/');
    const source = 'hohhot-h1-2024-report';
    await page.getByLabel('Source').selectOption(source);
    const expected = records.filter((record) => record.source === source);
    await expect(page.getByRole('status')).toHaveText(`Showing ${expected.length} of ${records.length} figures`);
    await expect(page.locator('.figure-entry:visible')).toHaveCount(expected.length);
    await expect(page).toHaveURL(/\?source=hohhot-h1-2024-report$/);

    await page.getByLabel('Kind').selectOption('target');
    const targets = expected.filter((record) => record.kind === 'target');
    await expect(page.locator('.figure-entry:visible')).toHaveCount(targets.length);
  });

  test('opens with the filters a shared address names', async ({ page }) => {
    await page.goto('/figures/?topic=energy&place=inner-mongolia');
    const expected = records.filter((r) => r.topics.includes('energy') && r.place === 'inner-mongolia');
    await expect(page.getByLabel('Topic')).toHaveValue('energy');
    await expect(page.locator('.figure-entry:visible')).toHaveCount(expected.length);
  });

  test('shows every figure without JavaScript, and no dead filter form', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/figures/');
    await expect(page.locator('.figure-entry:visible')).toHaveCount(records.length);
    await expect(page.locator('#figure-filters')).toBeHidden();
    await context.close();
  });

  test('takes a reader from a figure to its sentence, highlighted, in the source', async ({ page }) => {
    const record = records.find((r) => r.source === 'nmg-work-report-2024') ?? records[0]!;
    await page.goto(`/figures/#${record.id}`);
    await page.locator(`[id="${record.id}"]`).getByRole('link', { name: 'Read it in the source' }).click();
    const anchor = new URL(record.source_url).hash.slice(1);
    await expect(page).toHaveURL(new RegExp(`/sources/${record.source}/#${anchor}$`));
    const mark = page.locator(`mark[id="${anchor}"]`);
    await expect(mark).toBeInViewport();
    await expect(page.locator('mark:target')).toHaveCount(1);
  });

  test('has nothing overflowing sideways', async ({ page }) => {
    await page.goto('/figures/');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
