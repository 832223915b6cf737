import { describe, expect, it } from 'vitest';
import { storyFrontmatter } from '../../src/stories/frontmatter';

const schema = storyFrontmatter;

const valid = {
  title: 'Pocket parks in a mining city',
  dek: 'Wuhai is turning leftover corners into small parks within a short walk of every home.',
  slug: 'pocket-parks',
  published: '2024-07-10',
  authors: ['The data desk'],
  topics: ['urban-life'],
  hero: 'wuhai-pocket-parks-built',
  sources: ['hohhot-h1-2024-report'],
};

/** The "field: message" lines a failed parse reports, as Astro prints them. */
function problems(input: unknown): string[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.') || '(story)'}: ${issue.message}`);
}

describe('storyFrontmatter', () => {
  it('accepts a complete story and types its dates', () => {
    const story = schema.parse({ ...valid, updated: '2024-08-01' });
    expect(story.published).toEqual(new Date('2024-07-10T00:00:00Z'));
    expect(story.updated).toEqual(new Date('2024-08-01T00:00:00Z'));
  });

  it.each([
    ['2024-02-30', 'published: 2024-02-30 is not a date: February 2024 has 29 days; write YYYY-MM-DD'],
    ['2023-02-29', 'published: 2023-02-29 is not a date: February 2023 has 28 days; write YYYY-MM-DD'],
    ['2024-13-45', 'published: 2024-13-45 is not a date: there is no month 13; write YYYY-MM-DD'],
    ['2024-04-00', 'published: 2024-04-00 is not a date: April 2024 has 30 days; write YYYY-MM-DD'],
    ['2024-7-2', 'published: "2024-7-2" must be a date written YYYY-MM-DD, e.g. 2024-07-02'],
  ])('rejects the impossible or misspelt date %s, saying why', (published, message) => {
    expect(problems({ ...valid, published })).toEqual([message]);
  });

  it('accepts the last day of each month, 29 February in a leap year', () => {
    for (const date of ['2024-01-31', '2024-02-29', '2024-04-30', '2024-12-31', '2000-02-29'])
      expect(schema.parse({ ...valid, published: date, updated: undefined }).published.toISOString()).toBe(
        `${date}T00:00:00.000Z`,
      );
  });

  it.each([
    ['title', '🚀 Pocket parks', "title: has 🚀 (U+1F680), which the share images' font Source Serif 4 cannot draw"],
    ['dek', 'Wuhai is turning leftover corners into parks 🌳 within a walk.', 'dek: has 🌳 (U+1F333)'],
  ])('rejects a %s its share image cannot draw', (field, text, message) => {
    expect(problems({ ...valid, [field]: text })[0]).toContain(message);
  });

  it.each([
    ['a missing title', { title: undefined }, 'title'],
    ['an empty title', { title: '' }, 'title'],
    ['a title of only CJK spaces', { title: '\u3000\u3000' }, 'title'],
    ['a dek too short to be a sentence', { dek: 'Parks.' }, 'dek'],
    ['a slug with capitals', { slug: 'Pocket-Parks' }, 'slug'],
    ['a slug with spaces', { slug: 'pocket parks' }, 'slug'],
    ['a slug in Chinese', { slug: '口袋公园' }, 'slug'],
    ['a date that is not a date', { published: 'July 2024' }, 'published'],
    ['an impossible date', { published: '2024-13-45' }, 'published'],
    ['a number for a date', { published: 20240710 }, 'published'],
    ['an updated date before publication', { updated: '2024-07-01' }, 'updated'],
    ['no authors', { authors: [] }, 'authors'],
    ['an empty author', { authors: [''] }, 'authors.0'],
    ['a topic outside the vocabulary', { topics: ['parks'] }, 'topics.0'],
    ['the same topic twice', { topics: ['urban-life', 'urban-life'] }, 'topics'],
    ['no topics', { topics: [] }, 'topics'],
    ['a hero that is not a figure id', { hero: 'Wuhai parks' }, 'hero'],
    ['a source that is not an id', { sources: ['Peoples Daily'] }, 'sources.0'],
    ['the same source twice', { sources: ['hohhot-h1-2024-report', 'hohhot-h1-2024-report'] }, 'sources'],
    ['no sources', { sources: [] }, 'sources'],
    ['a source given as a string, not a list', { sources: 'hohhot-h1-2024-report' }, 'sources'],
    ['moved steps given as a list, not a map', { moved: ['rank-targets'] }, 'moved'],
    [
      'a moved step sent on to an id with capitals',
      { moved: { 'rank-targets': 'Capacity-2024' } },
      'moved.rank-targets',
    ],
    ['a moved step whose old id has spaces', { moved: { 'rank targets': 'capacity-2024' } }, 'moved.rank targets'],
  ])('rejects %s, naming the field', (_case, change, field) => {
    const found = problems({ ...valid, ...change });
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]).toMatch(new RegExp(`^${field.replace('.', '\\.')}: \\S`));
  });

  it('takes the steps a story no longer has, each with the step that now carries its words', () => {
    expect(schema.parse({ ...valid, moved: { 'rank-targets': 'capacity-2024' } }).moved).toEqual({
      'rank-targets': 'capacity-2024',
    });
    expect(schema.parse(valid).moved).toBeUndefined();
  });

  it('rejects a misspelt field by name', () => {
    const { sources, ...rest } = valid;
    const found = problems({ ...rest, sorces: sources });
    expect(found).toContain('sources: Invalid input: expected array, received undefined');
    expect(found.some((line) => line.includes('unknown field(s): sorces'))).toBe(true);
  });

  it('explains what a valid slug looks like', () => {
    expect(problems({ ...valid, slug: 'Pocket_Parks' })).toEqual([
      'slug: must be lowercase letters and digits joined by hyphens, e.g. "energy-corridors"',
    ]);
  });
});
