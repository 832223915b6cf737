import { describe, expect, it } from 'vitest';
import { wrapText } from '../../src/share/wrap-text';

// One unit a character makes widths easy to reason about.
const measure = (text: string) => text.length;

describe('wrapText(text, measure, maxWidth, maxLines)', () => {
  it.each([
    ['', 10, 3, []],
    ['   ', 10, 3, []],
    ['short', 10, 3, ['short']],
    ['one two three four', 9, 3, ['one two', 'three', 'four']],
    ['one  two\nthree', 20, 3, ['one two three']],
    ['unbreakableword ok', 5, 3, ['unbreakableword', 'ok']],
    ['one two three four five six', 9, 2, ['one two', 'three…']],
    ['sent out over 20 billion kWh to Beijing', 16, 2, ['sent out over 20', 'billion kWh…']],
    ['the line was built to carry over 20 billion kWh', 22, 1, ['the line was built…']],
  ])('%j at width %i in %i lines', (text, width, lines, expected) => {
    expect(wrapText(text, measure, width, lines)).toEqual(expected);
  });

  it('never returns a line wider than the limit unless one word is', () => {
    const lines = wrapText('a bb ccc dddd eeeee ffffff', measure, 7, 10);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(7);
  });
});
