import { describe, expect, it } from 'vitest';
import { stepAtLine, stepFromHash } from '../../src/browser/active-step';

describe('stepAtLine(tops, triggerY)', () => {
  it.each([
    [[], 500, 0],
    [[600, 1400, 2200], 500, 0],
    [[100, 1400, 2200], 500, 0],
    [[-900, 100, 2200], 500, 1],
    [[-2000, -1200, -400], 500, 2],
    [[500, 900], 500, 0],
  ])('tops %j, line %i → step %i', (tops, line, expected) => {
    expect(stepAtLine(tops, line)).toBe(expected);
  });
});

describe('stepFromHash(names, hash)', () => {
  it.each([
    ['#b', 1],
    ['b', 1],
    ['#nope', -1],
    ['', -1],
    ['#', -1],
    ['#%C3%A9t%C3%A9', 2],
    ['#old-b', 1],
    ['#older-b', 1],
    ['#old', -1],
  ])('%j → %i', (hash, expected) => {
    expect(stepFromHash([['a'], ['b', 'old-b', 'older-b'], ['été']], hash)).toBe(expected);
  });
});
