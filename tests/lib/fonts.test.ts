import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { CARD_TEXT, drawableIn, missingGlyphs, SHARE_FONTS, undrawable } from '../../src/lib/fonts';

describe('missingGlyphs(text, font)', () => {
  it('finds each character the font has no glyph for once, ignoring white space', () => {
    expect(missingGlyphs('Growth – 7.2% “up” ±800 kV', SHARE_FONTS.text)).toEqual([]);
    expect(missingGlyphs('内蒙古 🚀🚀\u3000', SHARE_FONTS.text)).toEqual(['内', '蒙', '古', '🚀']);
  });
});

describe('undrawable(text, fonts)', () => {
  it.each([
    [
      'plain English with typographic punctuation',
      'Inner Mongolia’s factories — 7.2%, “up”',
      CARD_TEXT.title,
      undefined,
    ],
    [
      'an emoji in a title',
      'Factories 🏭',
      CARD_TEXT.title,
      "has 🏭 (U+1F3ED), which the share images' font Source Serif 4 cannot draw; write it in words or plain punctuation",
    ],
    [
      'a sun with its emoji selector',
      '☀️ Solar',
      CARD_TEXT.text,
      "has ☀ (U+2600), ️ (U+FE0F), which the share images' font Source Sans 3 cannot draw; write it in words or plain punctuation",
    ],
    [
      'Chinese in a label',
      'Hohhot 呼和浩特',
      CARD_TEXT.text,
      expect.stringMatching(/^has 呼 \(U\+547C\), 和 \(U\+548C\), 浩 \(U\+6D69\), 特 \(U\+7279\), which/),
    ],
  ])('judges %s', (_case, text, fonts, problem) => {
    expect(undrawable(text, fonts)).toEqual(problem);
  });
});

describe('drawableIn(fonts)', () => {
  it('refines a schema so an undrawable text is an issue of its field', () => {
    const schema = z.object({ title: z.string().superRefine(drawableIn(CARD_TEXT.title)) });
    expect(schema.safeParse({ title: 'Plain' }).success).toBe(true);
    expect(schema.safeParse({ title: 'Rocket 🚀' }).error?.issues).toMatchObject([
      { path: ['title'], message: expect.stringContaining('has 🚀 (U+1F680)') },
    ]);
  });
});
