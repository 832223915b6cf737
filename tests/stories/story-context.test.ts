import { describe, expect, it } from 'vitest';
import { getFigures } from '../../src/figures/registry';
import { bodyLineOffset, chartData, transformStoryFile } from '../../src/stories/story-context';
import { StoryError } from '../../src/stories/transform';

describe('bodyLineOffset(raw, body)', () => {
  it.each([
    ['---\ntitle: x\n---\nBody', 'Body', 3],
    ['---\ntitle: x\n---\n\nBody', '\nBody', 3],
    ['Body only', 'Body only', 0],
    ['---\na: 1\n---\nBody', 'Not there', 0],
  ])('%j', (raw, body, expected) => {
    expect(bodyLineOffset(raw, body)).toBe(expected);
  });
});

describe('chartData()', () => {
  it('holds every figure of the figure base, once', () => {
    expect(chartData().size).toBe(getFigures().length);
    expect(chartData()).toBe(chartData());
  });
});

describe('transformStoryFile(filePath, body)', () => {
  it('counts lines from the body when the recorded path is gone (a renamed file the content cache kept)', () => {
    expect(() => transformStoryFile('stories/renamed-away.md', 'Text :fig[no-such-figure].')).toThrow(StoryError);
    expect(() => transformStoryFile('stories/renamed-away.md', 'Text :fig[no-such-figure].')).toThrow(
      /^stories\/renamed-away\.md:1: unknown figure id/,
    );
  });
});
