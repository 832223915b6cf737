import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../scripts/preview-server';
import { statesFiles } from '../src/browser/live-chart';
import { LAYOUT_WIDTHS, type LiveStates } from '../src/charts/frame';
import { scratchProject, startAstroDev, type DevServer } from './support/scratch-project';

// The dev server as an author uses it: edits to stories and data files show on the next page load, and a mistake
// shows as Astro's error page (the overlay, in a browser) naming the file and line, until an edit fixes it.
let project: string;
let dev: DevServer;

/** Fetches a page of the dev server again and again until `ready` holds of its status and HTML; returns them. */
async function pageWhen(path: string, ready: (status: number, html: string) => boolean) {
  for (;;) {
    const response = await fetch(`${dev.url}${path}`);
    const html = await response.text();
    if (ready(response.status, html)) return { status: response.status, html };
    await new Promise((done) => setTimeout(done, 250));
  }
}

/** Rewrites a file of the scratch project through `change`, failing if it changes nothing. */
function edit(path: string, change: (text: string) => string): string {
  const file = join(project, path);
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  expect(after, `the edit of ${path}`).not.toBe(before);
  writeFileSync(file, after);
  return before;
}

beforeAll(async () => {
  project = scratchProject('astro-dev');
  // A dev server starts in about 10 s on a quiet 2-core machine.
  dev = await startAstroDev(project, await freePort());
}, 120_000);
afterAll(async () => {
  await dev?.stop();
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('astro dev', () => {
  const story = 'stories/industry-outpaces-china-2024.md';
  const path = '/stories/industry-outpaces-china-2024/';

  it('shows an edited figure label on the next load of its document’s figures page and the story', async () => {
    const original = edit('data/figures/nmg-industry-review-2023.yaml', (text) =>
      text.replace(
        'label: Growth of industrial value added, firms above designated size',
        'label: Growth of industrial value added (edited), firms above designated size',
      ),
    );
    await pageWhen(
      '/figures/nmg-industry-review-2023/',
      (status, html) => status === 200 && html.includes('value added (edited)'),
    );
    await pageWhen(path, (status, html) => status === 200 && html.includes('value added (edited)'));
    writeFileSync(join(project, 'data/figures/nmg-industry-review-2023.yaml'), original);
  }, 120_000);

  it('serves the base map file a story’s maps show, as the build writes it', async () => {
    const { html } = await pageWhen(path, (status) => status === 200);
    const href = /<use[^>]* href="([^"#]+)#provinces"/.exec(html)?.[1];
    expect(href, 'a map’s <use> of the base map file').toMatch(/^\/maps\/base-[0-9a-f]{10}\.svg$/);
    const response = await fetch(`${dev.url}${href}`);
    expect([response.status, response.headers.get('content-type')]).toEqual([200, 'image/svg+xml']);
    expect(await response.text()).toContain('<g id="provinces">');
  }, 120_000);

  it('serves the states files a story’s live charts fetch, as the build writes them', async () => {
    const { html } = await pageWhen(path, (status) => status === 200);
    const files = statesFiles(/data-states="([^"]+)"/.exec(html)?.[1] ?? '');
    const sections = [...html.matchAll(/<section[^>]* data-scrolly[^>]* id="([^"]+)"/g)].map((m) => m[1]);
    expect(sections.length, 'the story’s scroll sections').toBeGreaterThan(0);
    for (const href of files.values()) {
      expect(href).toMatch(/^\/charts\/industry-outpaces-china-2024-en-\d+-[0-9a-f]{10}\.json$/);
      const response = await fetch(`${dev.url}${href}`);
      expect([response.status, response.headers.get('content-type')]).toEqual([200, 'application/json']);
      expect(Object.keys(((await response.json()) as LiveStates).sections)).toEqual(sections);
    }
    expect([...files.keys()]).toEqual(LAYOUT_WIDTHS);
  }, 120_000);

  it('shows a story’s mistake with its file and line on every page that lists stories, until it is fixed', async () => {
    const original = edit(story, (text) => text.replace(/:fig\[[^\]]+\]/, ':fig[no-such-figure]'));
    const broken = await pageWhen(path, (status) => status === 500);
    expect(broken.html).toContain('<title>StoriesLoaderError</title>');
    expect((await pageWhen('/', (status) => status === 500)).html).toContain('<title>StoriesLoaderError</title>');
    expect(dev.output()).toMatch(/stories\/industry-outpaces-china-2024\.md:\d+: unknown figure id "no-such-figure"/);
    writeFileSync(join(project, story), original);
    await pageWhen(path, (status) => status === 200);
  }, 120_000);

  it('shows a data file’s mistake with its file, line and field, until it is fixed', async () => {
    const figures = 'data/figures/nmg-industry-review-2023.yaml';
    const original = edit(figures, (text) => text.replace(/quote: /, 'quote: 不在原文'));
    const broken = await pageWhen('/sources/', (status) => status === 500);
    expect(broken.html).toContain('<title>DataError</title>');
    expect(dev.output()).toMatch(/data\/figures\/nmg-industry-review-2023\.yaml:\d+: record 1 "[^"]+", field quote/);
    writeFileSync(join(project, figures), original);
    await pageWhen('/sources/', (status) => status === 200);
    await pageWhen(path, (status) => status === 200);
  }, 120_000);
});
