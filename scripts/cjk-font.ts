/**
 * `npm run fonts:zh`: writes the Chinese share images' fonts, src/share/fonts/noto-sans-sc-<weight>.ttf, as subsets of
 * Noto Sans SC (the npm package @fontsource/noto-sans-sc, its Simplified Chinese slice, which also holds Latin and
 * digits) covering every character the site's Chinese text could put on a card: the Chinese stories, the figure base,
 * the sources' metadata, outside facts and the interface strings. resvg reads TrueType, not the package's WOFF2, and the
 * whole slice is over 2 MB a weight; a subset is about a tenth of that. When a card needs a character the subset lacks,
 * the build fails naming it, and running this again brings it in.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { ZH_FONT_DIR, ZH_FONT_WEIGHTS, zhFontFile } from '../src/lib/fonts.ts';

const require = createRequire(import.meta.url);

/** Where the site's Chinese text is written: every file under these folders, and these files. */
const TEXT_SOURCES = [
  'stories/zh',
  'data/figures',
  'data/context',
  'data/sources/sources.yaml',
  'src/i18n/zh.ts',
  'src/lib',
  'src/figures',
  'src/sources/source.ts',
];

/** Every file at or under `path`. */
function filesAt(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .map((name) => join(path, name))
    .filter((file) => statSync(file).isFile());
}

/** The characters a Chinese card could draw: every one in the site's Chinese text, and printable ASCII. */
function cardCharacters(sources: readonly string[] = TEXT_SOURCES): string {
  const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
  const text =
    sources
      .flatMap(filesAt)
      .map((file) => readFileSync(file, 'utf8'))
      .join('') + ascii;
  return [...new Set(text)]
    .filter((char) => !/[\p{Cc}\p{Cs}]/u.test(char))
    .sort()
    .join('');
}

const characters = cardCharacters();
for (const weight of ZH_FONT_WEIGHTS) {
  const source = require.resolve(
    `@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-${weight}-normal.woff2`,
  );
  const subset = await subsetFont(readFileSync(source), characters, { targetFormat: 'truetype' });
  writeFileSync(zhFontFile(weight), subset);
  console.log(`${zhFontFile(weight)}: ${[...characters].length} characters, ${subset.length} bytes`);
}
console.log(`Commit ${ZH_FONT_DIR}/ with the change that needed it.`);
