/**
 * Writes the chart text measure's advance widths (src/charts/shared/advances.ts) from DejaVu Sans, the widest of the
 * system sans-serifs a chart's `system-ui` text falls back to: a layout that fits it fits Roboto, San Francisco and
 * Segoe UI too. Run it after changing the characters measured: `npm run text:advances` (Debian: fonts-dejavu-core).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';
import { format, resolveConfig } from 'prettier';

const FONTS = '/usr/share/fonts/truetype/dejavu';
const FACES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;
// Printable ASCII and the punctuation chart labels use; anything else is estimated by its class in text.ts.
const CHARS = [...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)), ...'–—‘’“”×…·°≈→•'].join('');

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'charts', 'shared', 'advances.ts');

/** The advance of every character of CHARS in a face, in thousandths of an em. */
function advances(file: string): { version: string; widths: number[] } {
  const path = join(FONTS, file);
  if (!existsSync(path)) throw new Error(`${path} is missing: install Debian's fonts-dejavu-core to measure it`);
  const font = fontkit.openSync(path) as fontkit.Font;
  const widths = [...CHARS].map((char) => {
    const glyph = font.glyphForCodePoint(char.codePointAt(0)!);
    if (glyph.id === 0) throw new Error(`${file} has no glyph for ${JSON.stringify(char)}`);
    return Math.round((glyph.advanceWidth / font.unitsPerEm) * 1000);
  });
  return { version: String(font.version), widths };
}

/**
 * A face's widths as a string, one character each, so the table costs the browser bytes, not hundreds of numbers:
 * a width of w hundredths of an em is the character with code w + OFFSET (printable ASCII for 0.12 to 1.10 em).
 */
const OFFSET = 16;
function encode(widths: number[]): string {
  return String.fromCharCode(
    ...widths.map((width) => {
      const code = Math.round(width / 10) + OFFSET;
      if (code < 32 || code > 126) throw new Error(`an advance of ${width / 1000} em does not fit the table's code`);
      return code;
    }),
  );
}

const regular = advances(FACES.regular);
const bold = advances(FACES.bold);
// Formatted as the lint's format check wants it, so a fresh table is ready to commit.
const source = `// Written by \`npm run text:advances\` (scripts/text-advances.ts) from DejaVu Sans ${regular.version}: do not edit.

/** The characters measured, in the order of the widths below. */
export const ADVANCE_CHARS = ${JSON.stringify(CHARS)};

/** Added to a width in hundredths of an em to make its character in the tables below. */
export const ADVANCE_OFFSET = ${OFFSET};

/** Each character's advance in DejaVu Sans: the code of its character here, less the offset, in hundredths of an em. */
export const REGULAR_ADVANCES = ${JSON.stringify(encode(regular.widths))};

/** Each character's advance in DejaVu Sans Bold, as REGULAR_ADVANCES. */
export const BOLD_ADVANCES = ${JSON.stringify(encode(bold.widths))};
`;
writeFileSync(out, await format(source, { ...(await resolveConfig(out)), filepath: out }));
console.log(`wrote ${out}: ${CHARS.length} characters, DejaVu Sans ${regular.version}`);
