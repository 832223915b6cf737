import { describe, expect, it } from 'vitest';
import { withBase } from '../../src/lib/with-base';

describe('withBase(path, base)', () => {
  it.each([
    ['/', '/', '/'],
    ['/stories/parks/', '/', '/stories/parks/'],
    ['stories/parks/', '/', '/stories/parks/'],
    ['/stories/parks/', '/nmg', '/nmg/stories/parks/'],
    ['/stories/parks/', '/nmg/', '/nmg/stories/parks/'],
    ['/', '/nmg', '/nmg/'],
    ['//double', '/nmg/', '/nmg/double'],
    ['', '/nmg/', '/nmg/'],
  ])('withBase(%j, %j) is %j', (path, base, expected) => {
    expect(withBase(path, base)).toBe(expected);
  });
});
