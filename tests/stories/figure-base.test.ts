import { cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { figureBase } from '../../src/stories/figure-base';

const root = mkdtempSync(join(tmpdir(), 'figure-base-'));
cpSync(join(process.cwd(), 'data'), join(root, 'data'), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

const figures = join(root, 'data/figures/nmg-industry-review-2023.yaml');
const original = readFileSync(figures, 'utf8');

/** Rewrites a data file as an editor would: new bytes and a new modification time. */
function edit(file: string, text: string, at: number): void {
  writeFileSync(file, text);
  utimesSync(file, at, at);
}

describe('figureBase(root)', () => {
  it('proves the data once, then hands every caller the same base until a file under data/ changes', () => {
    const first = figureBase(root);
    expect(figureBase(root)).toBe(first);
    const label = first.figures.find((figure) => original.includes(`label: ${figure.label}`))!.label;

    edit(figures, original.replace(`label: ${label}`, `label: ${label} (edited)`), 2_000_000_000);
    const edited = figureBase(root);
    expect(edited).not.toBe(first);
    expect(edited.figures.map((figure) => figure.label)).toContain(`${label} (edited)`);
  });

  it('throws an edit’s mistake with its file and line on every call until it is fixed, then proves the data anew', () => {
    edit(figures, original.replace(/quote: (\S+)/, 'quote: 这句话不在原文里'), 2_000_000_100);
    expect(() => figureBase(root)).toThrow(
      /data\/figures\/nmg-industry-review-2023\.yaml:\d+: record \d+ "[^"]+", field quote/,
    );
    expect(() => figureBase(root)).toThrow(/field quote/);

    edit(figures, original, 2_000_000_200);
    expect(figureBase(root).figures.length).toBeGreaterThan(0);
  });
});
