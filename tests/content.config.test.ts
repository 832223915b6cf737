import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAstro, scratchProject } from './support/scratch-project';

const root = process.cwd();
const story = readFileSync(join(root, 'stories/industry-outpaces-china-2024.md'), 'utf8');
let project: string;

// A scratch copy of the project whose stories/ folder each case fills, so the real .astro cache is never touched.
beforeAll(() => {
  project = scratchProject('content-config');
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

/** Runs `astro sync` over a stories/ folder holding one file, broken.md, and returns its exit code and output. */
function syncWith(markdown: string) {
  const stories = join(project, 'stories');
  rmSync(stories, { recursive: true, force: true });
  mkdirSync(stories);
  writeFileSync(join(stories, 'broken.md'), markdown);
  return runAstro(project, 'sync');
}

describe('content.config.ts figure base', () => {
  it('fails the build on a figure whose quote is not in its source, naming file, record and field', () => {
    const file = join(project, 'data/figures/zz-broken.yaml');
    writeFileSync(
      file,
      [
        '- id: broken-figure',
        '  label: A figure misquoted on purpose',
        '  value: "3.4"',
        '  unit: "%"',
        '  kind: growth',
        '  period: "2024-01/2024-05"',
        '  place: inner-mongolia',
        '  source: nmg-daily-economy-2024-07-02',
        '  quote: 全区采矿业增加值同比增长3.4%',
        '  topics: [industry]',
        '',
      ].join('\n'),
    );
    try {
      const { status, output } = syncWith(story);
      expect(status).not.toBe(0);
      expect(output).toContain(
        'data/figures/zz-broken.yaml:9: record 1 "broken-figure", field quote: not found in source',
      );
    } finally {
      rmSync(file);
    }
  });
});

describe('content.config.ts stories collection', () => {
  it('syncs a valid story', () => {
    expect(syncWith(story).status).toBe(0);
  });

  it.each([
    [
      'a date that is not a date',
      ['published: 2024-07-10', 'published: July 2024'],
      'published: must be a date written YYYY-MM-DD',
    ],
    ['an unknown source', ['  - nmg-industry-review-2023', '  - peoples-daily'], 'sources.1: Invalid option'],
    ['a missing title', [/^title: .*\n/m, ''], 'title: Required'],
    [
      'a hero figure that does not exist',
      [/^hero: .*$/m, 'hero: no-such-figure'],
      'hero: no figure has the id "no-such-figure"',
    ],
    [
      'a Chinese quote not verbatim in its sources',
      ['同比增长7.2%，高于全国', '同比增长7.3%，高于全国'],
      'is not verbatim in any source the story lists',
    ],
    [
      'a figure from a source the story does not list',
      ['  - nmg-industry-review-2023\n', ''],
      'cites figures from nmg-industry-review-2023, which sources: in its frontmatter does not list',
    ],
  ] as const)('fails the build on %s, naming the file and the field', (_case, [from, to], message) => {
    const { status, output } = syncWith(story.replace(from, to));
    expect(status).not.toBe(0);
    expect(output).toContain('stories/broken.md');
    expect(output).toContain(message);
  });
});
