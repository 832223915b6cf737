import { describe, expect, it } from 'vitest';
import { newestFirst } from '../../src/stories/newest-first';

const story = (title: string, published: string) => ({ data: { title, published: new Date(published) } });

describe('newestFirst(stories)', () => {
  it('returns an empty list for no stories', () => {
    expect(newestFirst([])).toEqual([]);
  });

  it('puts the most recently published first', () => {
    const ordered = newestFirst([story('B', '2024-01-01'), story('A', '2024-08-22'), story('C', '2023-07-27')]);
    expect(ordered.map((s) => s.data.title)).toEqual(['A', 'B', 'C']);
  });

  it('orders stories published the same day by title', () => {
    const ordered = newestFirst([story('Parks', '2024-07-10'), story('Energy', '2024-07-10')]);
    expect(ordered.map((s) => s.data.title)).toEqual(['Energy', 'Parks']);
  });

  it('leaves its input untouched', () => {
    const input = [story('Old', '2023-01-01'), story('New', '2024-01-01')];
    newestFirst(input);
    expect(input.map((s) => s.data.title)).toEqual(['Old', 'New']);
  });
});
