import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { parse } from 'yaml';
import type { ExportRecord } from '../../src/figures/export';

// What the server hands out for download, fetched with no browser: these run once, in the files project
// (playwright.config.ts).

const sources = (parse(readFileSync('data/sources/sources.yaml', 'utf8')) as { id: string }[]).map(({ id }) => id);

test.describe('source texts', () => {
  test('each source document is offered as raw text, byte for byte', async ({ request }) => {
    for (const source of sources) {
      const response = await request.get(`/sources/${source}.txt`);
      expect(response.ok()).toBe(true);
      expect(Buffer.compare(await response.body(), readFileSync(`data/sources/${source}.txt`))).toBe(0);
    }
  });
});

test.describe('figure downloads', () => {
  test('CSV and JSON hold the same figures in the same order', async ({ request }) => {
    const json = (await (await request.get('/data/figures.json')).json()) as ExportRecord[];
    const csvResponse = await request.get('/data/figures.csv');
    const csv = (await csvResponse.body()).toString('utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const { csvParse } = await import('d3');
    const rows = csvParse(csv.slice(1).replace(/\r\n/g, '\n'));
    expect(rows.map((row) => row.id)).toEqual(json.map((record) => record.id));
    expect(rows.map((row) => row.quote)).toEqual(json.map((record) => record.quote));
  });
});
