import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAstro, scratchProject } from './support/scratch-project';

// The loader's checks are tested in-process (tests/stories/loader.test.ts); this runs the real content layer once
// each way, to prove Astro calls the loader with the schema and a mistake stops `astro sync` with the file and field.
const root = process.cwd();
const story = readFileSync(join(root, 'stories/industry-outpaces-china-2024.md'), 'utf8');
const chinese = readFileSync(join(root, 'stories/zh/industry-outpaces-china-2024.md'), 'utf8');
let project: string;

beforeAll(() => {
  project = scratchProject('content-config');
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

/**
 * Runs `astro sync` over a stories/ folder holding one story, story.md, with its Chinese edition, and returns its exit
 * code and output.
 */
function syncWith(markdown: string) {
  const stories = join(project, 'stories');
  rmSync(stories, { recursive: true, force: true });
  mkdirSync(join(stories, 'zh'), { recursive: true });
  writeFileSync(join(stories, 'story.md'), markdown);
  writeFileSync(join(stories, 'zh/story.md'), chinese);
  return runAstro(project, 'sync');
}

describe('content.config.ts collections.stories', { timeout: 120_000 }, () => {
  it('syncs a valid story, built once by the stories loader', () => {
    const { status, output } = syncWith(story);
    expect(status, output).toBe(0);
    expect(output).toContain('built 1 stories, each in English and Chinese, each edition transformed once');
  });

  it.each([
    [
      'a frontmatter field the schema rejects',
      ['published: 2024-07-10', 'published: July 2024'],
      'stories/story.md:5: published: "July 2024" must be a date written YYYY-MM-DD',
    ],
    [
      'a mistake the loader finds',
      [/^hero: .*$/m, 'hero: no-such-figure'],
      'stories/story.md: hero: no figure has the id "no-such-figure"',
    ],
  ] as const)('fails on %s, naming the file and the field', (_case, [from, to], message) => {
    const { status, output } = syncWith(story.replace(from, to));
    expect(status).not.toBe(0);
    expect(output).toContain('story.md');
    expect(output).toContain(message);
  });
});
