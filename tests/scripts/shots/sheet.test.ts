import { describe, expect, it } from 'vitest';
import { contactSheet, shotFile, type Shot } from '../../../scripts/shots/sheet';

describe('shotFile(story, width, scheme, index, step)', () => {
  it.each([
    ['pocket-parks', 390, 'light', 0, 'parks-built', 'pocket-parks/390-light/01-parks-built.png'],
    ['energy-corridors', 1280, 'dark', 11, 'balin-to-fuxin', 'energy-corridors/1280-dark/12-balin-to-fuxin.png'],
    ['s', 360, 'dark', 99, 'x', 's/360-dark/100-x.png'],
  ])('%s %i %s #%i %s → %s', (story, width, scheme, index, step, file) => {
    expect(shotFile(story, width, scheme, index, step)).toBe(file);
  });
});

describe('contactSheet(shots, title)', () => {
  const shot = (story: string, step: string, index: number, width: number, scheme: 'light' | 'dark'): Shot => ({
    story,
    step,
    index,
    width,
    scheme,
    file: shotFile(story, width, scheme, index, step),
  });

  it('groups by story, then width and scheme, with steps in story order', () => {
    const html = contactSheet(
      [
        shot('b', 'two', 1, 390, 'light'),
        shot('b', 'one', 0, 390, 'light'),
        shot('b', 'one', 0, 390, 'dark'),
        shot('a', 'x', 0, 360, 'light'),
      ],
      'T',
    );
    const order = [...html.matchAll(/<h2>([^<]+)<\/h2>|<h3>([^<]+)<\/h3>|<span>([^<]+)<\/span>/g)].map(
      (match) => match[1] ?? match[2] ?? match[3],
    );
    expect(order).toEqual(['b', '390-light', '1. one', '2. two', '390-dark', '1. one', 'a', '360-light', '1. x']);
    expect(html).toContain('<p>4 screenshots.</p>');
    expect(html).toContain(
      '<a href="b/390-light/02-two.png"><img src="b/390-light/02-two.png" alt="two, 390-light" loading="lazy">',
    );
  });

  it('escapes what it prints', () => {
    expect(contactSheet([], 'A & <B>')).toContain('<title>A &amp; &lt;B&gt;</title>');
  });

  it('says there are none when there are none', () => {
    expect(contactSheet([], 'T')).toContain('<p>0 screenshots.</p>');
  });
});
