import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { z } from 'astro/zod';
import * as fontkit from 'fontkit';
import type { Lang } from './editions';

const require = createRequire(import.meta.url);

/** A font the share images use: the family a renderer knows it by, its weight, and its TrueType file. */
export interface ShareFont {
  family: string;
  weight: number;
  file: string;
}

/** The fonts every share image is drawn with; they ship as npm packages, so every build draws the same glyphs. */
export const SHARE_FONTS = {
  title: {
    family: 'Source Serif 4',
    weight: 700,
    file: require.resolve('@expo-google-fonts/source-serif-4/700Bold/SourceSerif4_700Bold.ttf'),
  },
  text: {
    family: 'Source Sans 3',
    weight: 400,
    file: require.resolve('@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf'),
  },
  strong: {
    family: 'Source Sans 3',
    weight: 600,
    file: require.resolve('@expo-google-fonts/source-sans-3/600SemiBold/SourceSans3_600SemiBold.ttf'),
  },
} as const satisfies Record<string, ShareFont>;

/** The three styles a share image sets its text in. */
export interface ShareFonts {
  title: ShareFont;
  text: ShareFont;
  strong: ShareFont;
}

/** Where the Chinese share images' fonts are kept, relative to the project root (scripts/cjk-font.ts writes them). */
export const ZH_FONT_DIR = 'src/share/fonts';
/** The weights of Noto Sans SC the Chinese share images use. */
export const ZH_FONT_WEIGHTS = [400, 700] as const;

/** The file of the Chinese share images' font at `weight`: a subset of Noto Sans SC, committed with the site. */
export function zhFontFile(weight: (typeof ZH_FONT_WEIGHTS)[number], root: string = process.cwd()): string {
  return resolve(root, join(ZH_FONT_DIR, `noto-sans-sc-${weight}.ttf`));
}

// Chinese has no serif on the cards: the title is the sans at its bold, as Chinese newspapers' data graphics set it.
const NOTO_SANS_SC = (weight: (typeof ZH_FONT_WEIGHTS)[number]): ShareFont => ({
  family: 'Noto Sans SC',
  weight,
  file: zhFontFile(weight),
});

/** The fonts the Chinese edition's share images are drawn with. */
export const SHARE_FONTS_ZH = {
  title: NOTO_SANS_SC(700),
  text: NOTO_SANS_SC(400),
  strong: NOTO_SANS_SC(700),
} as const satisfies ShareFonts;

/** The fonts of an edition's share images. */
export function shareFonts(lang: Lang): ShareFonts {
  return lang === 'zh' ? SHARE_FONTS_ZH : SHARE_FONTS;
}

const opened = new Map<string, fontkit.Font>();

/** Opens a font file once per build. */
function open(font: ShareFont): fontkit.Font {
  let loaded = opened.get(font.file);
  if (!loaded) {
    const file = fontkit.openSync(font.file);
    if (!('layout' in file)) throw new Error(`${font.file} is a font collection, not a single font`);
    loaded = file;
    opened.set(font.file, loaded);
  }
  return loaded;
}

/** The advance width of `text` set in `font` at `size` px, with the font's kerning. */
export function textWidth(text: string, font: ShareFont, size: number): number {
  const face = open(font);
  return (face.layout(text).advanceWidth * size) / face.unitsPerEm;
}

/** The characters of `text` that `font` has no glyph for; a renderer would draw them as empty boxes. */
export function missingGlyphs(text: string, font: ShareFont): string[] {
  const face = open(font);
  return [...new Set(text)].filter((char) => !/\s/.test(char) && !face.hasGlyphForCodePoint(char.codePointAt(0)!));
}

/** The fonts a share image set in `fonts` draws a text in: the story title in its title face, the rest at two weights. */
export function cardText(fonts: ShareFonts): { title: readonly ShareFont[]; text: readonly ShareFont[] } {
  return { title: [fonts.title], text: [fonts.text, fonts.strong] };
}

/** The English share images' text fonts: the title in the serif, everything else in the sans. */
export const CARD_TEXT = cardText(SHARE_FONTS);

/** The Chinese share images' text fonts: Noto Sans SC at two weights. */
export const CARD_TEXT_ZH = cardText(SHARE_FONTS_ZH);

/** Why `text` cannot go on a share image set in `fonts`: the characters one of them has no glyph for; else undefined. */
export function undrawable(text: string, fonts: readonly ShareFont[]): string | undefined {
  const missing = [...new Set(fonts.flatMap((font) => missingGlyphs(text, font)))];
  if (missing.length === 0) return undefined;
  const named = missing.map(
    (char) => `${char} (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`,
  );
  // The Chinese cards' font is a subset of the site's own characters: a new one is added by regenerating it.
  const fix =
    fonts[0]!.family === SHARE_FONTS_ZH.text.family
      ? `run npm run fonts:zh to add it to the subset in ${ZH_FONT_DIR}/, and commit that`
      : 'write it in words or plain punctuation';
  return `has ${named.join(', ')}, which the share images' font ${fonts[0]!.family} cannot draw; ${fix}`;
}

/** A zod refinement: the text can be drawn on a share image in `fonts`. */
export function drawableIn(fonts: readonly ShareFont[]): (text: string, ctx: z.RefinementCtx) => void {
  return (text, ctx) => {
    const problem = undrawable(text, fonts);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  };
}
