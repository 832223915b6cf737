import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { ExportRecord } from '../../src/figures/export';
import { test, expect } from './fixtures';

const sources = (parse(readFileSync('data/sources/sources.yaml', 'utf8')) as { id: string; title_en: string }[]).map(
  ({ id, title_en }) => ({ id, title_en }),
);

test.describe('source pages', () => {
  let records: ExportRecord[];
  test.beforeAll(async ({ request }) => {
    records = (await (await request.get('/data/figures.json')).json()) as ExportRecord[];
  });

  test('the sources page lists all five documents', async ({ page }) => {
    await page.goto('/sources/');
    for (const source of sources) await expect(page.getByRole('link', { name: source.title_en })).toBeVisible();
  });

  for (const source of sources) {
    test(`${source.id}: every quoted passage is highlighted and links to its figures`, async ({ page }) => {
      await page.goto(`/sources/${source.id}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(source.title_en);
      const mine = records.filter((record) => record.source === source.id);
      const anchors = new Set(mine.map((record) => new URL(record.source_url).hash.slice(1)));
      const ids = await page.locator('mark.passage[id]').evaluateAll((marks) => marks.map((mark) => mark.id));
      expect(new Set(ids)).toEqual(anchors);
      const chipTargets = await page
        .locator('.figure-links a')
        .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
      expect(new Set(chipTargets)).toEqual(new Set(mine.map((record) => record.id)));
    });
  }
});
