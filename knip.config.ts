import type { KnipConfig } from 'knip';

// Knip's Astro, Svelte, Vitest and Playwright plugins find the entry points from their configs: the pages,
// content.config.ts and astro.config.mjs; tests/**/*.test.ts; playwright.config.ts and tests/e2e/**/*.spec.ts.
// The scripts run with `node scripts/x.ts` come from package.json's scripts; scripts/ files that no script names are
// modules, and are unused unless something imports them.
const config: KnipConfig = {
  // Every issue type is an error already; named here because `npm run lint` relies on these failing.
  rules: {
    files: 'error',
    exports: 'error',
    types: 'error',
    dependencies: 'error',
    devDependencies: 'error',
    unlisted: 'error',
    unresolved: 'error',
    binaries: 'error',
  },
  // A type that names part of an exported signature (a layout's mark, a card's cell) stays exported with it, even
  // when no other file names it; a type that nothing uses at all is still reported.
  ignoreExportsUsedInFile: { interface: true, type: true },
  // The Chromium and CJK font resolvers install Debian's packages with apt-get as a last resort, and ask fontconfig's
  // fc-list which fonts cover Chinese: system commands.
  ignoreBinaries: ['apt-get', 'fc-list'],
  // scripts/cjk-font.ts reads the font's files by a path it builds for each weight (require.resolve of a template),
  // which knip cannot follow.
  ignoreDependencies: ['@fontsource/noto-sans-sc'],
};

export default config;
