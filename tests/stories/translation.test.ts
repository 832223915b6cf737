import { describe, expect, it } from 'vitest';
import { splitStory } from '../../src/stories/loader';
import { checkTranslation, storyHash, type ReadStory } from '../../src/stories/translation';

const ENGLISH = `---
title: Growth
---

::::scrolly{#growth chart=bars headline="Growth"}

:::step{#first figures="a"}
A is :fig[a].
:::

::::
`;

/** A story file as the loader reads it. */
const read = (file: string, raw: string): ReadStory => ({ file, raw, split: splitStory(raw, file) });

/** A Chinese edition of ENGLISH with `frontmatter` lines. */
const chinese = (frontmatter: string) =>
  read(
    'stories/zh/x.md',
    `---\n${frontmatter}\n---\n\n::::scrolly{#growth chart=bars headline="增长"}\n\n:::step{#first figures="a"}\n甲为:fig[a]。\n:::\n\n::::\n`,
  );

describe('storyHash(raw)', () => {
  it('is the first 12 hex digits of the SHA-256 of the text', () => {
    expect(storyHash('abc')).toBe('ba7816bf8f01');
  });
});

describe('checkTranslation(translation, original)', () => {
  const original = read('stories/x.md', ENGLISH);
  const current = storyHash(ENGLISH);

  it('accepts a translation of the current English file', () => {
    expect(
      checkTranslation(
        chinese(
          `title: 增长\ndek: 官方数据显示，内蒙古经特高压线路累计外送了多少电。\nauthors: [数据组]\nsource_hash: ${current}`,
        ),
        original,
      ),
    ).toEqual({
      problems: [],
      warnings: [],
    });
  });

  it('reports, without failing, a translation made from another version of the English file', () => {
    const checked = checkTranslation(
      chinese(
        'title: 增长\ndek: 官方数据显示，内蒙古经特高压线路累计外送了多少电。\nauthors: [数据组]\nsource_hash: "000000000000"',
      ),
      original,
    );
    expect(checked.problems).toEqual([]);
    expect(checked.warnings).toEqual([
      `stories/zh/x.md:5: translated from another version of stories/x.md (source_hash 000000000000, the file is now ${current}): bring the translation up to date with the English edits, then record source_hash: ${current}`,
    ]);
  });

  it.each([
    [
      'no source_hash',
      'title: 增长\ndek: 官方数据显示，内蒙古经特高压线路累计外送了多少电。',
      'stories/zh/x.md:2: source_hash:',
    ],
    [
      'an unknown field',
      `title: 增长\ndek: 官方数据显示，内蒙古经特高压线路累计外送了多少电。\nauthors: [数据组]\nsource_hash: ${current}\nslug: x`,
      'stories/zh/x.md:6: (frontmatter): unknown field(s): slug',
    ],
    [
      'a hash YAML reads as a number',
      'title: 增长\ndek: 官方数据显示，内蒙古经特高压线路累计外送了多少电。\nauthors: [数据组]\nsource_hash: 000000000000',
      'source_hash: must be written in quotes',
    ],
    [
      'no authors',
      `title: 增长\ndek: 官方数据显示，内蒙古经特高压线路累计外送了多少电。\nsource_hash: ${current}`,
      'stories/zh/x.md:2: authors:',
    ],
    [
      'no title',
      `dek: 官方数据显示，内蒙古经特高压线路累计外送了多少电。\nauthors: [数据组]\nsource_hash: ${current}`,
      'title:',
    ],
  ])('fails on %s, with the file line', (_, frontmatter, message) => {
    expect(checkTranslation(chinese(frontmatter), original).problems.join('\n')).toContain(message);
  });

  it('fails when the editions’ steps differ', () => {
    const other = read(
      'stories/zh/x.md',
      chinese(
        `title: 增长\ndek: 官方数据显示，内蒙古经特高压线路累计外送了多少电。\nauthors: [数据组]\nsource_hash: ${current}`,
      ).raw.replace('#first', '#second'),
    );
    expect(checkTranslation(other, original).problems.join('\n')).toContain(
      'its steps are "second" in the translation',
    );
  });
});
