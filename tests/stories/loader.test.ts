import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Loader } from 'astro/loaders';
import { storyEdition } from '../../src/stories/built';
import { coalesced, splitStory, storyLoader, syncStories } from '../../src/stories/loader';
import { entryProblem, PROBLEM_ENTRY } from '../../src/stories/problem';
import * as transform from '../../src/stories/transform';
import { loaderContext } from '../support/loader-context';

// Counts the transform's calls while keeping what it does.
vi.mock('../../src/stories/transform', async (importOriginal) => {
  const original = await importOriginal<typeof transform>();
  return { ...original, transformStory: vi.fn(original.transformStory) };
});

const root = process.cwd();
const storyFiles = readdirSync(join(root, 'stories')).filter((name) => name.endsWith('.md'));
const chineseEditions = readdirSync(join(root, 'stories/zh')).filter((name) => name.endsWith('.md'));
const story = readFileSync(join(root, 'stories/industry-outpaces-china-2024.md'), 'utf8');
const chinese = readFileSync(join(root, 'stories/zh/industry-outpaces-china-2024.md'), 'utf8');

const scratch: string[] = [];
afterEach(() => scratch.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/**
 * A project root holding `stories` as its stories/ folder, each with the industry story's Chinese edition (every story
 * here is that story or a mistake in it), with the real data/.
 */
function projectWith(stories: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'stories-loader-'));
  scratch.push(dir);
  mkdirSync(join(dir, 'stories/zh'), { recursive: true });
  for (const [name, text] of Object.entries(stories)) {
    writeFileSync(join(dir, 'stories', name), text);
    writeFileSync(join(dir, 'stories/zh', name), chinese);
  }
  symlinkSync(join(root, 'data'), join(dir, 'data'));
  return dir;
}

describe('splitStory(raw, file)', () => {
  it.each([
    ['---\ntitle: x\n---\nBody', { title: 'x' }, 'Body', 3],
    ['---\ntitle: x\n---\n\nBody', { title: 'x' }, '\nBody', 3],
    ['---\r\ntitle: x\r\nslug: y\r\n---\r\nBody', { title: 'x', slug: 'y' }, 'Body', 4],
    ['---\ntitle: x\n---', { title: 'x' }, '', 3],
  ])('%j', (raw, frontmatter, body, lineOffset) => {
    expect(splitStory(raw, 'stories/a.md')).toMatchObject({ frontmatter, body, lineOffset });
  });

  it('gives the file line of a frontmatter field, or of the frontmatter when the field is absent', () => {
    const { line } = splitStory('---\ntitle: x\nauthors:\n  - A\n  - B\n---\nBody', 'stories/a.md');
    expect([line(['title']), line(['authors', 1]), line(['published']), line([])]).toEqual([2, 5, 2, 2]);
  });

  it.each([
    ['no frontmatter', 'Just a body', 'stories/a.md:1: a story starts with its frontmatter between two --- lines'],
    ['a list for frontmatter', '---\n- a\n- b\n---\nBody', 'stories/a.md:2: the frontmatter must be fields'],
    [
      'frontmatter that is not YAML',
      '---\ntitle: x\ndek: "open\n---\nBody',
      'stories/a.md:3: the frontmatter is not valid YAML',
    ],
  ])('names the file when there is %s', (_case, raw, message) => {
    expect(() => splitStory(raw, 'stories/a.md')).toThrow(message);
  });
});

describe('syncStories(context, root)', () => {
  it('stores every story under its slug, built, transforming each and each Chinese edition exactly once', async () => {
    const { context, entries, logged } = loaderContext();
    vi.mocked(transform.transformStory).mockClear();
    expect(await syncStories(context, root)).toBe(storyFiles.length);
    expect(chineseEditions.length).toBeGreaterThan(0);
    expect(transform.transformStory).toHaveBeenCalledTimes(storyFiles.length + chineseEditions.length);
    expect(entries.size).toBe(storyFiles.length);
    expect(chineseEditions).toEqual(storyFiles);
    expect(logged.info).toEqual([
      `built ${storyFiles.length} stories, each in English and Chinese, each edition transformed once`,
    ]);
    const pocketParks = entries.get('pocket-parks')!;
    expect(pocketParks.filePath).toBe('stories/pocket-parks.md');
    const built = storyEdition({ id: 'pocket-parks', rendered: pocketParks.rendered }, 'en').story;
    expect(storyEdition({ id: 'pocket-parks', rendered: pocketParks.rendered }, 'zh').title).toMatch(/口袋公园/);
    expect(built.figureIds[0]).toBe('wuhai-pocket-parks-built-cumulative-2024-06');
    const sections = built.blocks.filter((block) => block.kind === 'scrolly');
    expect(sections.length).toBeGreaterThan(0);
    for (const section of sections) expect(section.props.frames).toHaveLength(section.steps.length);
  });

  it('fails on a story with no Chinese edition, naming the file to write', async () => {
    const dir = projectWith({ 'a.md': story });
    rmSync(join(dir, 'stories/zh/a.md'));
    const { context } = loaderContext();
    await expect(syncStories(context, dir)).rejects.toThrow(
      'stories/a.md: has no Chinese edition: write it as stories/zh/a.md',
    );
  });

  it('carries each section resolved for its chart: one drawable step and one frame per step', async () => {
    const { context, entries } = loaderContext();
    await syncStories(context, projectWith({ 'a.md': story }));
    const built = storyEdition(entries.get('industry-outpaces-china-2024')!, 'en').story;
    const bars = built.blocks.find((block) => block.kind === 'scrolly' && block.chart === 'bars');
    expect(bars?.kind === 'scrolly' && bars.props.steps).toHaveLength(
      bars?.kind === 'scrolly' ? bars.steps.length : -1,
    );
    expect(bars?.kind === 'scrolly' && bars.props.credit).toMatch(/\S/);
  });
});

describe('storyEdition(entry, lang)', () => {
  it('names an entry the loader did not build', () => {
    expect(() => storyEdition({ id: 'stray' }, 'zh')).toThrow(
      'story "stray" has no zh edition built by the stories loader',
    );
  });
});

describe('coalesced(task)', () => {
  it('runs at once, then once more after the run in flight however many calls came during it, never two at once', async () => {
    const finish: (() => void)[] = [];
    let inFlight = 0;
    let most = 0;
    const task = vi.fn(
      () =>
        new Promise<void>((done) => {
          most = Math.max(most, ++inFlight);
          finish.push(() => {
            inFlight -= 1;
            done();
          });
        }),
    );
    const run = coalesced(task);
    run();
    run();
    run();
    expect(task).toHaveBeenCalledTimes(1);
    finish.shift()!();
    await vi.waitFor(() => expect(task).toHaveBeenCalledTimes(2));
    finish.shift()!();
    await vi.waitFor(() => expect(inFlight).toBe(0));
    expect(task).toHaveBeenCalledTimes(2);
    expect(most).toBe(1);
    run();
    expect(task).toHaveBeenCalledTimes(3);
    finish.shift()!();
  });
});

describe('storyLoader(root)', () => {
  const broken = story.replace(/:fig\[[^\]]+\]/, ':fig[no-such-figure]');

  /** The loader run as the dev server runs it: with a file watcher, whose events the test sends. */
  async function devLoader(dir: string) {
    const record = loaderContext();
    const watcher = Object.assign(new EventEmitter(), { add: vi.fn() });
    await storyLoader(dir).load({ ...record.context, watcher } as unknown as Parameters<Loader['load']>[0]);
    return { ...record, watcher };
  }

  it('fails the build on a mistake', async () => {
    const { context } = loaderContext();
    await expect(storyLoader(projectWith({ 'a.md': broken })).load(context)).rejects.toThrow(
      'unknown figure id "no-such-figure"',
    );
  });

  it('in the dev server, shows a mistake on the pages (even in the first sync) and recovers once it is fixed', async () => {
    const dir = projectWith({ 'a.md': broken });
    const { entries, watcher, logged } = await devLoader(dir);
    expect([...entries.keys()]).toEqual([PROBLEM_ENTRY]);
    expect(entryProblem(entries.get(PROBLEM_ENTRY)!)).toContain('stories/a.md:');
    expect(logged.error.join('\n')).toContain('unknown figure id "no-such-figure"');

    writeFileSync(join(dir, 'stories/a.md'), story);
    watcher.emit('all', 'change', join(dir, 'stories/a.md'));
    await vi.waitFor(() => expect([...entries.keys()]).toEqual(['industry-outpaces-china-2024']));
    expect(entryProblem(entries.get('industry-outpaces-china-2024')!)).toBeUndefined();
  });

  it('in the dev server, watches stories/ and data/ and rebuilds on an edit under data/', async () => {
    const dir = projectWith({ 'a.md': story });
    const { watcher, logged } = await devLoader(dir);
    expect(watcher.add).toHaveBeenCalledWith([join(dir, 'stories'), join(dir, 'data')]);
    expect(logged.info).toHaveLength(1);
    watcher.emit('all', 'change', join(dir, 'data/figures/nmg-industry-review-2023.yaml'));
    await vi.waitFor(() => expect(logged.info).toHaveLength(2));
  });
});
